/**
 * School guide PDFs, made with pdfkit: a cover, a table of contents, then one chapter per page, so a
 * planted passage lands on a known page. Fixed metadata dates keep the bytes identical between runs.
 */
import PDFDocument from 'pdfkit';
import { stripEmphasis } from './text.ts';

export interface GuideContent {
  schoolName: string;
  motto: string;
  title: string;
  addressLines: string[];
  /** Chapters for pages 3, 4, ...; each must fit on one page. */
  chapters: { title: string; paragraphs: string[] }[];
}

const FIXED_DATE = new Date(Date.UTC(2024, 7, 19, 9, 0, 0));

export function makeGuidePdf(content: GuideContent): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 64, bottom: 64, left: 64, right: 64 },
    info: { Title: `${content.title} ${content.schoolName}`, Author: content.schoolName, CreationDate: FIXED_DATE, ModDate: FIXED_DATE },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  let pageCount = 1;
  doc.on('pageAdded', () => pageCount++);
  const expectPage = (page: number): void => {
    if (pageCount !== page) throw new Error(`${content.schoolName}: guide text overflowed to page ${pageCount}, expected ${page}`);
  };
  const footer = (page: number): void => {
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font('Helvetica').fontSize(8).fillColor('#777777')
      .text(`${content.title} · ${content.schoolName} · pagina ${page}`, 64, doc.page.height - 40, { lineBreak: false });
    doc.page.margins.bottom = bottom;
    doc.fillColor('#000000');
  };

  // Page 1: cover.
  doc.font('Helvetica-Bold').fontSize(30).text(content.title, { align: 'left' });
  doc.moveDown(0.5).fontSize(20).text(content.schoolName);
  doc.moveDown(0.5).font('Helvetica-Oblique').fontSize(14).text(content.motto);
  doc.moveDown(4).font('Helvetica').fontSize(11).text(content.addressLines.join('\n'));
  footer(1);

  // Page 2: contents.
  doc.addPage();
  doc.font('Helvetica-Bold').fontSize(20).text('Inhoud');
  doc.moveDown().font('Helvetica').fontSize(12);
  content.chapters.forEach((chapter, i) => doc.text(`${i + 1}. ${chapter.title} ........ ${i + 3}`));
  footer(2);
  expectPage(2);

  // Pages 3..n: one chapter each.
  content.chapters.forEach((chapter, i) => {
    doc.addPage();
    doc.font('Helvetica-Bold').fontSize(18).text(`${i + 1}. ${chapter.title}`);
    doc.moveDown(0.5).font('Helvetica').fontSize(11);
    for (const paragraph of chapter.paragraphs) doc.text(stripEmphasis(paragraph), { align: 'left' }).moveDown(0.6);
    footer(i + 3);
    expectPage(i + 3);
  });

  doc.end();
  return finished;
}

/** A PDF that starts well and then breaks off into garbage, as an interrupted upload leaves it. */
export async function makeCorruptPdf(content: GuideContent): Promise<Buffer> {
  const whole = await makeGuidePdf(content);
  const garbage = Buffer.from('\x00\x13\x37 stream interrupted \xff\xfe'.repeat(20), 'latin1');
  return Buffer.concat([whole.subarray(0, Math.floor(whole.length * 0.45)), garbage]);
}
