/** The people who call the catalogue in these tests. */
import { stableId, type Principal } from '@motcua/subgraph-kit';
import { catalogueAuthority } from '../../src/config.js';

export const SO_XAY_DUNG = stableId('agency', '000.00.09.H37');
export const SO_TU_PHAP = stableId('agency', '000.00.03.H37');

const staff = (subject: string, role: string, scopeId: string): Principal => ({
  kind: 'staff',
  subject,
  roles: [{ role: role as never, scopeId }],
  scopes: [],
});

export const callers = {
  anonymous: { kind: 'anonymous' } as Principal,
  provinceEditor: staff('editor-province', 'CATALOGUE_EDITOR', catalogueAuthority().provinceAuthorityId),
  constructionEditor: staff('editor-construction', 'CATALOGUE_EDITOR', SO_XAY_DUNG),
  receptionOfficer: staff('reception', 'RECEPTION_OFFICER', stableId('agency', '000.00.01.H37')),
  citizen: { kind: 'citizen', subject: 'citizen', roles: [], scopes: [] } as Principal,
};
