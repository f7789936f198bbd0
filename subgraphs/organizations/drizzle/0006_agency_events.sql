CREATE TABLE "organizations"."outbox" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"tx_id" bigint DEFAULT (pg_current_xact_id()::text::bigint) NOT NULL,
	"topic" text NOT NULL,
	"aggregate_id" text NOT NULL,
	"payload" jsonb NOT NULL,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "outbox_feed_order_idx" ON "organizations"."outbox" USING btree ("tx_id","id");
--> statement-breakpoint
-- Agencies and one-stop sections that exist before the outbox does are announced here, once, in
-- the migration's transaction, with the payloads of src/events (test/agency-events.test.ts holds
-- the two to the same shape); every later insert or change announces itself.
INSERT INTO "organizations"."outbox" ("topic", "aggregate_id", "payload")
SELECT 'AgencyRegistered', a."id"::text, jsonb_build_object(
  'agencyId', a."id", 'electronicId', a."electronic_id", 'name', a."name", 'shortName', a."short_name",
  'kind', a."kind", 'level', u."level", 'administrativeUnitId', a."unit_id", 'address', a."address",
  'phone', a."phone")
FROM "organizations"."agencies" a JOIN "organizations"."administrative_units" u ON u."id" = a."unit_id"
ORDER BY a."sort_order", a."id";
--> statement-breakpoint
INSERT INTO "organizations"."outbox" ("topic", "aggregate_id", "payload")
SELECT 'OneStopSectionOpened', s."id"::text, jsonb_build_object(
  'sectionId', s."id", 'agencyId', s."agency_id", 'name', s."name", 'kind', s."kind",
  'administrativeUnitId', s."unit_id", 'address', s."address", 'phone', s."phone",
  'openingHours', s."opening_hours")
FROM "organizations"."one_stop_sections" s
ORDER BY s."sort_order", s."id";
