/**
 * The search page's behaviour: reads the search from the URL (`?q=…`), runs it as the reader
 * types or changes a filter, keeps the URL in step so the search can be shared, renders results
 * ten at a time and announces their number to screen readers once typing settles.
 */
import { chosenCount, missingNotice, readSearchState, searchQueryString, searchSummary, SEARCH_PARAMS, type SearchState } from '../lib/search/params.ts';
import { hitView } from '../lib/search/hit.ts';
import { keyGapAfter, searchPause } from '../lib/search/typing.ts';
import type { SearchEngine, SearchHit, SearchOutcome } from './search-engine.ts';
import { el, renderHit } from './search-render.ts';

const PAGE_SIZE = 10;
const ANNOUNCE_DELAY_MS = 600;
const numbers = new Intl.NumberFormat('vi-VN');

interface Elements {
	form: HTMLFormElement;
	input: HTMLInputElement;
	filters: HTMLDetailsElement | null;
	filterCount: HTMLElement | null;
	summary: HTMLElement;
	status: HTMLElement;
	results: HTMLElement;
	more: HTMLButtonElement;
	/** Shown when nothing is found: a spelling suggestion and the browse pages. */
	empty: HTMLElement | null;
	suggest: HTMLElement | null;
	suggestLink: HTMLAnchorElement | null;
	clear: HTMLButtonElement | null;
	/** The site header's search box, which shows the query on this page too. */
	headerInput: HTMLInputElement | null;
}

function findElements(root: Document): Elements | null {
	const form = root.querySelector<HTMLFormElement>('[data-search-form]');
	const input = form?.elements.namedItem(SEARCH_PARAMS.q);
	const summary = root.querySelector<HTMLElement>('[data-search-summary]');
	const status = root.querySelector<HTMLElement>('[data-search-status]');
	const results = root.querySelector<HTMLElement>('[data-search-results]');
	const more = root.querySelector<HTMLButtonElement>('[data-search-more]');
	if (!form || !(input instanceof HTMLInputElement) || !summary || !status || !results || !more) return null;
	const filters = root.querySelector<HTMLDetailsElement>('details[data-search-filters]');
	const filterCount = root.querySelector<HTMLElement>('[data-search-filter-count]');
	const empty = root.querySelector<HTMLElement>('[data-search-empty]');
	const suggest = root.querySelector<HTMLElement>('[data-search-suggest]');
	const suggestLink = root.querySelector<HTMLAnchorElement>('[data-search-suggest-link]');
	const clear = root.querySelector<HTMLButtonElement>('[data-search-clear]');
	const headerInput = root.querySelector<HTMLInputElement>('.site-search input[type="search"]');
	return { form, input, filters, filterCount, summary, status, results, more, empty, suggest, suggestLink, clear, headerInput };
}

/** Starts the page while the engine loads; does nothing when the page lacks the search markup. */
export function startSearchUi(root: Document, engine: Promise<SearchEngine>): void {
	const ui = findElements(root);
	if (!ui) return;
	let sequence = 0;
	let typingTimer: ReturnType<typeof setTimeout> | undefined;
	let announceTimer: ReturnType<typeof setTimeout> | undefined;
	// The search on screen; its first page renders into a detached fragment, swapped in whole.
	let shown: { outcome: SearchOutcome; rendered: number; lists: HTMLOListElement[]; target: DocumentFragment | HTMLElement } | null = null;

	const readForm = (): SearchState => readSearchState(new URLSearchParams(new FormData(ui.form) as unknown as Record<string, string>));
	const fillForm = (state: SearchState) => {
		ui.input.value = state.q;
		const sortValue = new URLSearchParams(searchQueryString(state)).get(SEARCH_PARAMS.sort) ?? '';
		const values: Record<string, string> = { [SEARCH_PARAMS.bloc]: state.bloc, [SEARCH_PARAMS.year]: state.year, [SEARCH_PARAMS.type]: state.type, [SEARCH_PARAMS.award]: state.award, [SEARCH_PARAMS.sort]: sortValue };
		for (const [name, value] of Object.entries(values)) {
			const control = ui.form.elements.namedItem(name);
			if (control instanceof HTMLSelectElement && [...control.options].some((o) => o.value === value)) control.value = value;
		}
	};
	const announce = (text: string) => {
		clearTimeout(announceTimer);
		announceTimer = setTimeout(() => {
			ui.status.textContent = '';
			// A fresh text node after clearing makes screen readers read the same message again.
			requestAnimationFrame(() => (ui.status.textContent = text));
		}, ANNOUNCE_DELAY_MS);
	};
	const setSummary = (text: string) => {
		ui.summary.textContent = text;
		ui.summary.hidden = text === '';
	};

	const renderMore = async (mine: number): Promise<HTMLAnchorElement | null> => {
		if (!shown) return null;
		const { outcome } = shown;
		const slice = outcome.hits.slice(shown.rendered, shown.rendered + PAGE_SIZE);
		const fragments = await Promise.all(slice.map((hit: SearchHit) => hit.item.data()));
		if (mine !== sequence || !shown) return null;
		let firstLink: HTMLAnchorElement | null = null;
		slice.forEach((_, i) => {
			const position = shown!.rendered + i;
			const undated = outcome.undatedFrom !== null && position >= outcome.undatedFrom;
			const list = listFor(undated);
			const item = renderHit(hitView(fragments[i]!, outcome));
			list.append(item);
			firstLink ??= item.querySelector('a');
		});
		shown.rendered += slice.length;
		const left = outcome.hits.length - shown.rendered;
		ui.more.hidden = left <= 0;
		ui.more.textContent = `Xem thêm ${numbers.format(Math.min(left, PAGE_SIZE))} kết quả (còn ${numbers.format(left)})`;
		return firstLink;
	};
	const listFor = (undated: boolean): HTMLOListElement => {
		const { lists, target } = shown!;
		if (!undated) {
			if (!lists[0]) {
				lists[0] = el('ol', 'search-hits');
				target.append(lists[0]);
			}
			return lists[0];
		}
		if (!lists[1]) {
			const label = el('p', 'search-hits__label', 'Không có ngày (ban quản lý, khối), xếp theo mức phù hợp:');
			label.id = 'search-undated-label';
			lists[1] = el('ol', 'search-hits');
			lists[1].setAttribute('aria-labelledby', label.id);
			target.append(label, lists[1]);
		}
		return lists[1];
	};

	const showChosen = (state: SearchState) => {
		const n = chosenCount(state);
		if (ui.filterCount) ui.filterCount.textContent = n > 0 ? `(đang chọn ${n})` : '';
		if (ui.clear) ui.clear.hidden = n === 0;
		if (ui.headerInput && ui.headerInput !== root.activeElement) ui.headerInput.value = state.q;
	};
	/** A query without the typing slips, when a word is in no page and the vocabulary has a near one. */
	const showSuggestion = (state: SearchState, suggestion: string | null) => {
		if (!ui.suggest || !ui.suggestLink) return;
		ui.suggest.hidden = suggestion === null;
		if (suggestion === null) return;
		ui.suggestLink.textContent = suggestion;
		ui.suggestLink.href = `${location.pathname}${searchQueryString({ ...state, q: suggestion })}`;
	};

	// One search at a time: Pagefind's worker answers in order, so a search started for every
	// keystroke would queue behind the others. While one runs, a newer request marks it stale (it
	// stops before loading fragments) and waits; the form as it then is runs next.
	let busy = false;
	let queued: { focusResults: boolean } | null = null;
	let lastInputAt = -Infinity;
	let pages = 0;
	void engine.then((e) => (pages = e.pages)).catch(() => undefined);
	let keyGap = 0;
	const request = (options: { focusResults?: boolean } = {}) => {
		if (!busy) return void run(readForm(), options);
		sequence++;
		queued = { focusResults: (queued?.focusResults ?? false) || !!options.focusResults };
	};
	const run = async (state: SearchState, options: { focusResults?: boolean } = {}) => {
		busy = true;
		try {
			await searchAndShow(state, options);
		} finally {
			busy = false;
			const next = queued;
			queued = null;
			if (next) void run(readForm(), next);
		}
	};

	const searchAndShow = async (state: SearchState, { focusResults = false } = {}) => {
		const mine = ++sequence;
		showChosen(state);
		const query = searchQueryString(state);
		history.replaceState(history.state, '', `${location.pathname}${query}${location.hash}`);
		if (!query) {
			if (ui.empty) ui.empty.hidden = true;
			showSuggestion(state, null);
			shown = null;
			ui.results.replaceChildren();
			ui.results.removeAttribute('aria-busy');
			ui.more.hidden = true;
			setSummary('');
			announce('');
			return;
		}
		ui.results.setAttribute('aria-busy', 'true');
		const slow = setTimeout(() => mine === sequence && setSummary('Đang tìm…'), 400);
		try {
			const outcome = await (await engine).search(state, () => mine === sequence);
			if (!outcome || mine !== sequence) return;
			const fragment = root.createDocumentFragment();
			shown = { outcome, rendered: 0, lists: [], target: fragment };
			await renderMore(mine);
			if (mine !== sequence) return;
			ui.results.replaceChildren(fragment);
			shown.target = ui.results;
			const found = outcome.hits.length > 0;
			const suggestion = (await engine).suggest(state.q, outcome.missing);
			const text = searchSummary(state, outcome.hits.length) + (found ? missingNotice(outcome.missing) : '');
			setSummary(text);
			showSuggestion(state, suggestion);
			if (ui.empty) ui.empty.hidden = found;
			announce(`${text}${suggestion ? ` Có phải bạn muốn tìm: ${suggestion}?` : ''}${found ? '' : ' Thử ít từ hơn hoặc bỏ bớt bộ lọc.'}`);
			// After Enter, a link from another page, or clearing the filters: the reader lands on the count, one Tab from the first result.
			if (focusResults) ui.summary.focus();
		} catch (error) {
			if (mine !== sequence) return;
			console.error(error);
			setSummary('Không tải được chỉ mục tìm kiếm. Hãy tải lại trang, hoặc duyệt theo các trang mục lục ở đầu trang.');
			announce(ui.summary.textContent ?? '');
		} finally {
			clearTimeout(slow);
			if (mine === sequence) ui.results.removeAttribute('aria-busy');
		}
	};

	ui.form.addEventListener('input', (event) => {
		if (event.target !== ui.input) return;
		// Each finished word, and a pair being typed ("dak n"), start loading their index chunks (a word being typed would load every chunk of its prefix).
		const typed = ui.input.value;
		void engine.then((e) => e.preload(typed)).catch(() => undefined);
		clearTimeout(typingTimer);
		if (busy) sequence++; // the running search is for older text: let it stop early
		const now = performance.now();
		keyGap = keyGapAfter(keyGap, now - lastInputAt);
		lastInputAt = now;
		// The search waits for typing to settle (src/lib/search/typing.ts).
		typingTimer = setTimeout(() => request(), searchPause(typed, keyGap, pages));
	});
	ui.form.addEventListener('change', (event) => {
		if (event.target instanceof HTMLSelectElement) request();
	});
	ui.form.addEventListener('submit', (event) => {
		event.preventDefault();
		clearTimeout(typingTimer);
		request({ focusResults: true });
	});
	ui.clear?.addEventListener('click', () => {
		for (const control of ui.form.querySelectorAll('select')) control.selectedIndex = 0;
		request({ focusResults: true });
	});
	ui.more.addEventListener('click', async () => {
		const link = await renderMore(sequence);
		link?.focus();
	});

	const initial = readSearchState(new URLSearchParams(location.search));
	fillForm(initial);
	// Filters stay folded on phones, so that results come first, unless the link sets some.
	if (ui.filters && (chosenCount(initial) > 0 || matchMedia('(min-width: 48rem)').matches)) ui.filters.open = true;
	showChosen(initial);
	if (searchQueryString(initial)) run(initial, { focusResults: true });
	else ui.input.focus();
}
