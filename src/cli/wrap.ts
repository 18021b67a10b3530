/** Help text laid out for the terminal it is read in: words wrapped at its width, options in two columns. */

/** The width to wrap at: the terminal's, else $COLUMNS, else 80; never so narrow that a column collapses. */
export function helpWidth(stream: { isTTY?: boolean; columns?: number }, env: NodeJS.ProcessEnv): number {
	const fromEnv = Number(env['COLUMNS']);
	const width = stream.isTTY === true && typeof stream.columns === 'number' && stream.columns > 0 ? stream.columns : Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : 80;
	return Math.max(width, 40);
}

/** `text` in lines of at most `width` characters (a longer word keeps its own line), each after `indent`. */
export function wrap(text: string, width: number, indent = ''): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		if (line !== '' && indent.length + line.length + 1 + word.length > width) {
			lines.push(indent + line);
			line = word;
		} else line = line === '' ? word : `${line} ${word}`;
	}
	if (line !== '') lines.push(indent + line);
	return lines;
}

/** Column where descriptions start; a longer term puts its description on the next line. */
const TERM_COLUMN = 30;

/**
 * `  --flag VALUE   description` rows, descriptions wrapped in their column. With `fitTerms`, the column moves
 * right to fit the longest term when 40 characters are still left for descriptions.
 */
export function rows(entries: readonly (readonly [term: string, description: string])[], width: number, fitTerms = false): string[] {
	const longest = Math.max(0, ...entries.map(([term]) => term.length + 4));
	const column = width < 60 ? 8 : fitTerms && width - longest >= 40 ? Math.max(TERM_COLUMN, longest) : TERM_COLUMN;
	const pad = ' '.repeat(column);
	return entries.flatMap(([term, description]) => {
		const head = `  ${term}`;
		const body = wrap(description, width, pad);
		if (body.length === 0) return [head];
		if (head.length + 2 > column) return [head, ...body];
		return [head.padEnd(column) + (body[0] as string).slice(column), ...body.slice(1)];
	});
}
