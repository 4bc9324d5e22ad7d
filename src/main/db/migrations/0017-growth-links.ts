import type { Migration } from '../migration';

/**
 * Growth links (issue 14): an opportunity remembers the renewal outcome that closed it (won at
 * an expansion, lost otherwise), and an advocacy record the NPS answer (9–10) that prompted it.
 * Either side may go away without taking the other with it.
 */
export const growthLinks: Migration = {
  version: 17,
  name: 'growth: opportunity closed at a renewal, advocacy from a promoter answer',
  up: (db) => {
    db.exec(`
      ALTER TABLE opportunities ADD COLUMN renewal_outcome_id TEXT REFERENCES renewal_outcomes (id) ON DELETE SET NULL;
      CREATE UNIQUE INDEX opportunities_by_renewal ON opportunities (renewal_outcome_id) WHERE renewal_outcome_id IS NOT NULL;
      ALTER TABLE advocacy ADD COLUMN survey_response_id TEXT REFERENCES survey_responses (id) ON DELETE SET NULL;
      CREATE INDEX advocacy_by_survey_response ON advocacy (survey_response_id) WHERE survey_response_id IS NOT NULL;
    `);
  },
};
