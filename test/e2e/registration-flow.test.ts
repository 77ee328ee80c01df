import type { LocalStack } from '#scripts/local/stack';
import { SAMPLE_PDF, api, startTestStack, uploadWithPresignedPost, validInnovation } from '#test/support/stack';

let stack: LocalStack;
let http: ReturnType<typeof api>;

beforeAll(async () => {
  stack = await startTestStack();
  http = api(stack);
});
afterAll(() => stack.stop());

test('a participant registers, uploads a real PDF to the presigned URL, submits, and the compliance report counts it', async () => {
  expect((await http.setClock('2023-10-12T09:00:00+08:00')).status).toBe(200);
  const participant = await http.token('peserta-kominfo', ['participant'], 'opd-diskominfo');
  const admin = await http.token('brida-admin', ['admin']);

  const created = await http.call('POST', '/editions/pik-2023/innovations', { token: participant, body: validInnovation() });
  expect(created.status).toBe(201);
  expect(created.body).toMatchObject({ status: 'DRAFT', editionId: 'pik-2023', ownerId: 'peserta-kominfo', version: 1, documents: [] });
  const id: string = created.body.id;

  const doc = await http.call('POST', `/innovations/${id}/documents`, {
    token: participant,
    body: { kind: 'PROPOSAL', fileName: '../../etc/proposal.pdf', contentType: 'application/pdf', size: SAMPLE_PDF.length },
  });
  expect(doc.status).toBe(201);
  expect(doc.body.upload.method).toBe('POST');
  expect(doc.body.upload.fields.key).toBe(`editions/pik-2023/innovations/${id}/documents/${doc.body.documentId}`);
  const uploaded = await uploadWithPresignedPost(doc.body.upload, SAMPLE_PDF, 'application/pdf');
  expect(uploaded.status).toBeLessThan(300);

  const submitted = await http.call('POST', `/innovations/${id}/submit`, { token: participant });
  expect(submitted.status).toBe(200);
  expect(submitted.body.status).toBe('SUBMITTED');
  expect(submitted.body.documents).toEqual([expect.objectContaining({ kind: 'PROPOSAL', status: 'UPLOADED', fileName: 'proposal.pdf' })]);

  const report = await http.call('GET', '/editions/pik-2023/compliance', { token: admin });
  expect(report.status).toBe(200);
  const row = report.body.institutions.find((i: { institutionId: string }) => i.institutionId === 'opd-diskominfo');
  expect(row).toMatchObject({ submitted: 1, registered: 1 });
  expect(report.body.compliant).toBe(1);
  expect(report.body.total).toBeGreaterThan(10);
});
