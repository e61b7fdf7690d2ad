import { writeZip } from './zip-writer';

const CONTENT_TYPES = Buffer.from(
  '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
);
const RELATIONSHIPS = Buffer.from(
  '<?xml version="1.0"?><Relationships><Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
);
const WORKBOOK = Buffer.from(
  '<?xml version="1.0"?><workbook><sheets><sheet name="统计&amp;表" sheetId="1" r:id="rId1"/></sheets></workbook>',
);

function workbookWithSheet(sheetXml: Buffer, declaredSize?: number): Buffer {
  return writeZip([
    { name: '[Content_Types].xml', data: CONTENT_TYPES },
    { name: 'xl/workbook.xml', data: WORKBOOK },
    { name: 'xl/_rels/workbook.xml.rels', data: RELATIONSHIPS },
    { name: 'xl/worksheets/sheet1.xml', data: sheetXml, declaredSize },
  ]);
}

/**
 * A sheet of `rows` rows, written straight into one buffer: with one number per row (≈45 bytes a row) or, with
 * `isEmptyRows`, bare `<row/>` elements that keep the sheet under the size limit so only the row count stops it.
 */
export function manyRowsWorkbook(rows: number, isEmptyRows = false): Buffer {
  const sheet = Buffer.alloc(rows * (isEmptyRows ? 20 : 50) + 64);
  let offset = sheet.write('<worksheet><sheetData>');
  for (let row = 1; row <= rows; row++) {
    offset += sheet.write(
      isEmptyRows ? `<row r="${row}"/>` : `<row r="${row}"><c r="A${row}"><v>1</v></c></row>`,
      offset,
    );
  }
  offset += sheet.write('</sheetData></worksheet>', offset);
  return workbookWithSheet(sheet.subarray(0, offset));
}

/** 30 MB of blanks that deflate to a few dozen kilobytes. */
export function zipBomb(): Buffer {
  return workbookWithSheet(Buffer.alloc(30 * 1024 * 1024, 0x20));
}

/** The same bomb, its directory claiming it inflates to 2 KB. */
export function lyingZipBomb(): Buffer {
  return workbookWithSheet(Buffer.alloc(30 * 1024 * 1024, 0x20), 2048);
}

export const PNG_BYTES = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(200, 7),
]);

function compoundFile(streamName: string): Buffer {
  const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  return Buffer.concat([header, Buffer.alloc(504), Buffer.from(streamName, 'utf16le'), Buffer.alloc(1024)]);
}

/** The compound-file shell of an .xls / .et workbook (a real .xls made by LibreOffice is in the fixtures). */
export const XLS_LIKE = compoundFile('Workbook');
/** What Excel writes for a password-protected .xlsx: an encrypted package inside a compound file. */
export const ENCRYPTED_XLSX_LIKE = compoundFile('EncryptedPackage');

export function wordDocument(): Buffer {
  return writeZip([
    { name: '[Content_Types].xml', data: CONTENT_TYPES },
    { name: 'word/document.xml', data: Buffer.from('<w:document/>') },
  ]);
}
