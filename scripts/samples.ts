/** Sample payloads that the tests, the demo, the load script and the benchmark all send: one valid
 * innovation, one small PDF and one JPEG that pass the stored-file signature checks, and a browser's
 * presigned-POST upload. */

/** A valid registration body (an OPD entry of the seed edition's sample registry). */
export const validInnovation = (overrides: Record<string, unknown> = {}) => ({
  title: 'Layanan Adminduk Keliling Digital',
  category: 'OPD',
  institutionId: 'opd-diskominfo',
  summary: 'Pelayanan administrasi kependudukan jemput bola berbasis aplikasi.',
  problem: 'Warga desa terpencil harus menempuh perjalanan jauh ke kantor dinas.',
  solution: 'Petugas datang ke desa dengan perangkat daring dan jadwal dari aplikasi.',
  impact: 'Waktu layanan turun dari 14 hari menjadi 2 hari.',
  innovationStage: 'PENERAPAN',
  innovationType: 'DIGITAL',
  startedOn: '2022-03-01',
  contact: { name: 'Siti Rahmawati', email: 'siti@kukarkab.go.id', phone: '+62 812 5555 0101' },
  ...overrides,
});

/** A minimal valid PDF, for proposals. */
export const SAMPLE_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

/** A minimal JPEG (SOI, JFIF header, EOI), for field-verification photos. */
export const SAMPLE_JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0xff, 0xd9]);

/** Uploads bytes with a presigned POST as a browser form would. */
export const uploadWithPresignedPost = async (upload: { url: string; fields: Record<string, string> }, bytes: Buffer, contentType: string) => {
  const form = new FormData();
  for (const [k, v] of Object.entries(upload.fields)) form.append(k, v);
  form.append('file', new Blob([new Uint8Array(bytes)], { type: contentType }));
  return fetch(upload.url, { method: 'POST', body: form });
};
