/**
 * Ratings of the seeded dossiers that were returned to the applicant (only a returned dossier can
 * be rated). The dossier ids are recomputed from the seed list, not read from the dossiers subgraph.
 */
import { seedDossiers } from '@motcua/dossiers';
import { stableId, type Db } from '@motcua/subgraph-kit';
import { ratings } from './tables.js';

const OPINIONS = [
  { satisfaction: 'VERY_SATISFIED', comment: 'Cán bộ hướng dẫn tận tình, trả kết quả trước hẹn.' },
  { satisfaction: 'SATISFIED', comment: null },
  { satisfaction: 'NOT_SATISFIED', comment: 'Phải chờ lâu ở quầy tiếp nhận.' },
  { satisfaction: 'VERY_SATISFIED', comment: null },
] as const;

export async function seedRatings(db: Db): Promise<void> {
  const returned = seedDossiers().filter((dossier) => dossier.status === 'RETURNED');
  if (returned.length === 0) return;
  await db
    .insert(ratings)
    .values(
      returned.map((dossier, index) => {
        const opinion = OPINIONS[index % OPINIONS.length]!;
        return {
          id: stableId('rating', dossier.code),
          dossierId: dossier.id,
          satisfaction: opinion.satisfaction,
          comment: opinion.comment,
          createdAt: new Date(dossier.receivedAt.getTime() + 5 * 86_400_000),
        };
      }),
    )
    .onConflictDoNothing();
}
