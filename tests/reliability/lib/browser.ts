// Chromium through playwright-core, with the system browser and the flags this machine needs.
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];

export function launchChromium(): Promise<Browser> {
	return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/**
 * Runs in every page before its own scripts: records what an injected payload would trigger even
 * when the CSP stops it (a blocked inline handler still fires a securitypolicyviolation event), and
 * traps alert/prompt/confirm, the classic proofs of execution.
 */
export const XSS_PROBE = () => {
	const w = window as unknown as { __cspViolations: string[]; __xssDialogs: string[] };
	w.__cspViolations = [];
	w.__xssDialogs = [];
	document.addEventListener('securitypolicyviolation', (e) => w.__cspViolations.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sample}`));
	for (const name of ['alert', 'prompt', 'confirm'] as const)
		(window as unknown as Record<string, unknown>)[name] = (msg: unknown) => {
			w.__xssDialogs.push(`${name}(${String(msg)})`);
		};
};

/** What the page shows of hostile markup: anything here means a payload became markup. */
export interface DomFindings {
	xss: unknown;
	dialogs: string[];
	cspViolations: string[];
	/** Elements with inline event handler attributes (Svelte never writes them). */
	inlineHandlers: string[];
	/** Links, frames or objects pointing at javascript: or data: URLs. */
	scriptUrls: string[];
	/** Elements that only a payload would create. */
	injectedElements: string[];
}

/** Collected inside the page (passed to page.evaluate). */
export const collectFindings = (): DomFindings => {
	const w = window as unknown as { __xss?: unknown; __cspViolations?: string[]; __xssDialogs?: string[] };
	const inlineHandlers: string[] = [];
	const scriptUrls: string[] = [];
	for (const el of Array.from(document.querySelectorAll('*'))) {
		for (const attr of Array.from(el.attributes)) {
			const name = attr.name.toLowerCase();
			if (name.startsWith('on')) inlineHandlers.push(`<${el.tagName.toLowerCase()} ${name}="${attr.value.slice(0, 60)}">`);
			if (['href', 'src', 'action', 'formaction', 'data', 'srcdoc', 'background', 'xlink:href'].includes(name) && /^\s*(javascript|data|vbscript):/i.test(attr.value))
				scriptUrls.push(`<${el.tagName.toLowerCase()} ${name}="${attr.value.slice(0, 60)}">`);
		}
	}
	const injectedElements = Array.from(document.querySelectorAll('iframe, object, embed, marquee, isindex, base, meta[http-equiv], img[src="x"], img[src="/"], body body, details[ontoggle], video source, math'))
		.map((el) => el.outerHTML.slice(0, 100));
	// Scripts outside the app's own: SvelteKit's are modules from /_app and its one inline starter,
	// whose hydration data holds the payloads as escaped strings (a raw </script> in it would have
	// ended the script early and shown up above as markup).
	for (const s of Array.from(document.querySelectorAll('script'))) {
		const starter = !s.src && /__sveltekit_\w+\s*=/.test(s.textContent ?? '');
		if ((!starter && /__xss|parent\./.test(s.textContent ?? '')) || (s.src && !new URL(s.src, location.href).pathname.startsWith('/_app/'))) injectedElements.push(s.outerHTML.slice(0, 100));
	}
	return { xss: w.__xss, dialogs: w.__xssDialogs ?? [], cspViolations: w.__cspViolations ?? [], inlineHandlers, scriptUrls, injectedElements };
};
