import { defineConfig } from 'astro/config';
export default defineConfig({ site: 'https://khoithidua.example.org' });
