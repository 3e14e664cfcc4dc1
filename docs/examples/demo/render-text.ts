/**
 * The terminal report: each section headed by its handbook step and the library functions it
 * calls, then its figures, tables (with total rows under a rule) and notes. Charts are left to
 * the HTML report.
 */
import type { Block, SectionView } from './model.js';
import { table } from './text-table.js';

const WIDTH = 100;

/** Wraps a paragraph to the report's width, indented. */
export function wrap(text: string, indent = 2, width = WIDTH): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width - indent) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines.map((l) => ' '.repeat(indent) + l).join('\n');
}

function block(b: Block): string | null {
  switch (b.kind) {
    case 'figures': {
      const labelWidth = Math.max(...b.items.map(([label]) => label.length));
      return b.items.map(([label, value]) => `  ${label.padEnd(labelWidth)}  ${value}`).join('\n');
    }
    case 'table': {
      const { caption, head, rows, total, right } = b.table;
      const body = table(rows, { head, ...(total ? { total } : {}), ...(right ? { right } : {}) });
      return caption ? `${wrap(caption)}\n${body}` : body;
    }
    case 'note':
      return wrap(b.text);
    case 'chart':
      return null;
  }
}

export function renderSectionText(section: SectionView): string {
  const rule = '═'.repeat(WIDTH);
  const head = [rule, `${section.step} — ${section.title}`, wrap(`uses: ${section.functions.join(', ')}`, 0), rule].join('\n');
  const body = section.blocks.map(block).filter((text): text is string => text !== null);
  return [head, ...body].join('\n\n');
}

export function renderText(title: string, subtitle: string, sections: SectionView[]): string {
  return [`${title}\n${wrap(subtitle, 0)}`, ...sections.map(renderSectionText)].join('\n\n') + '\n';
}
