-- Dossiers before this migration were demonstration rows without a ledger; they cannot be given
-- one after the fact, so they go (the seed plays new ones through the real transitions).
DELETE FROM "dossiers"."dossiers";--> statement-breakpoint
-- The read copy now keeps every published version: read the procedures feed again from the start.
DELETE FROM "dossiers"."event_cursors" WHERE "producer" = 'procedures';--> statement-breakpoint
CREATE TYPE "dossiers"."calendar_day_kind" AS ENUM('DAY_OFF', 'WORKING_DAY');--> statement-breakpoint
CREATE TYPE "dossiers"."result_delivery" AS ENUM('AT_COUNTER', 'POSTAL', 'ONLINE');--> statement-breakpoint
CREATE TYPE "dossiers"."rule_set" AS ENUM('ND61_TT01_2018', 'ND118_TT03_2025');--> statement-breakpoint
CREATE TYPE "dossiers"."submission_channel" AS ENUM('IN_PERSON', 'ONLINE', 'POSTAL');--> statement-breakpoint
CREATE TABLE "dossiers"."agency_copies" (
	"id" uuid PRIMARY KEY NOT NULL,
	"electronic_id" text NOT NULL,
	"name" text NOT NULL,
	"source_position" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dossiers"."audit_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" text NOT NULL,
	"action" text NOT NULL,
	"subject" text NOT NULL,
	"detail" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dossiers"."calendar_days" (
	"date" date PRIMARY KEY NOT NULL,
	"kind" "dossiers"."calendar_day_kind" NOT NULL,
	"name" text NOT NULL,
	"updated_by" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dossiers"."calendar_settings" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"working_weekdays" integer[] NOT NULL,
	"shifts" jsonb NOT NULL,
	"reception_cut_off" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dossiers"."code_counters" (
	"agency_electronic_id" text NOT NULL,
	"day" text NOT NULL,
	"last_number" integer NOT NULL,
	CONSTRAINT "code_counters_agency_electronic_id_day_pk" PRIMARY KEY("agency_electronic_id","day")
);
--> statement-breakpoint
CREATE TABLE "dossiers"."dossier_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"dossier_id" uuid NOT NULL,
	"type" text NOT NULL,
	"at" timestamp (3) with time zone NOT NULL,
	"actor_id" text NOT NULL,
	"actor_name" text,
	"from_status" "dossiers"."dossier_status",
	"to_status" "dossiers"."dossier_status",
	"step_index" integer,
	"reason" text,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dossiers"."notifications" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"dossier_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"email" text,
	"phone" text,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	"sent" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dossiers"."outbox" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"tx_id" bigint DEFAULT (pg_current_xact_id()::text::bigint) NOT NULL,
	"topic" text NOT NULL,
	"aggregate_id" text NOT NULL,
	"payload" jsonb NOT NULL,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dossiers"."procedure_versions" (
	"version_id" uuid PRIMARY KEY NOT NULL,
	"procedure_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"field" text NOT NULL,
	"level" text NOT NULL,
	"competent_agency_id" uuid NOT NULL,
	"version_number" integer NOT NULL,
	"effective_from" date NOT NULL,
	"terms" jsonb NOT NULL,
	"source_position" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "dossiers"."procedure_copies" DISABLE ROW LEVEL SECURITY;--> statement-breakpoint
DROP TABLE "dossiers"."procedure_copies" CASCADE;--> statement-breakpoint
DROP INDEX "dossiers"."dossiers_receiving_agency_idx";--> statement-breakpoint
ALTER TABLE "dossiers"."dossiers" ALTER COLUMN "code" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "dossiers"."dossiers" ALTER COLUMN "received_at" SET DATA TYPE timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "dossiers"."dossiers" ADD COLUMN "channel" "dossiers"."submission_channel" NOT NULL;--> statement-breakpoint
ALTER TABLE "dossiers"."dossiers" ADD COLUMN "rule_set" "dossiers"."rule_set";--> statement-breakpoint
ALTER TABLE "dossiers"."dossiers" ADD COLUMN "procedure_version_id" uuid NOT NULL;--> statement-breakpoint
ALTER TABLE "dossiers"."dossiers" ADD COLUMN "competent_agency_id" uuid NOT NULL;--> statement-breakpoint
ALTER TABLE "dossiers"."dossiers" ADD COLUMN "involved_agency_ids" uuid[] NOT NULL;--> statement-breakpoint
ALTER TABLE "dossiers"."dossiers" ADD COLUMN "applicant" jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "dossiers"."dossiers" ADD COLUMN "search_text" text NOT NULL;--> statement-breakpoint
ALTER TABLE "dossiers"."dossiers" ADD COLUMN "documents" jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "dossiers"."dossiers" ADD COLUMN "sets" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "dossiers"."dossiers" ADD COLUMN "result_delivery" "dossiers"."result_delivery" NOT NULL;--> statement-breakpoint
ALTER TABLE "dossiers"."dossiers" ADD COLUMN "owner_account_id" uuid;--> statement-breakpoint
ALTER TABLE "dossiers"."dossiers" ADD COLUMN "idempotency_key" text;--> statement-breakpoint
ALTER TABLE "dossiers"."dossiers" ADD COLUMN "created_by" text NOT NULL;--> statement-breakpoint
ALTER TABLE "dossiers"."dossiers" ADD COLUMN "submitted_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "dossiers"."dossiers" ADD COLUMN "current_step" integer;--> statement-breakpoint
ALTER TABLE "dossiers"."dossiers" ADD COLUMN "current_step_agency_id" uuid;--> statement-breakpoint
ALTER TABLE "dossiers"."dossiers" ADD COLUMN "current_step_role" text;--> statement-breakpoint
ALTER TABLE "dossiers"."dossiers" ADD COLUMN "current_handler_id" uuid;--> statement-breakpoint
ALTER TABLE "dossiers"."dossiers" ADD COLUMN "result" jsonb;--> statement-breakpoint
ALTER TABLE "dossiers"."dossiers" ADD COLUMN "returned_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "dossiers"."dossiers" ADD COLUMN "updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "dossiers"."dossier_events" ADD CONSTRAINT "dossier_events_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "dossiers"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossiers"."notifications" ADD CONSTRAINT "notifications_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "dossiers"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "dossier_events_dossier_idx" ON "dossiers"."dossier_events" USING btree ("dossier_id","id");--> statement-breakpoint
CREATE INDEX "notifications_unsent_idx" ON "dossiers"."notifications" USING btree ("sent","id") WHERE not "dossiers"."notifications"."sent";--> statement-breakpoint
CREATE INDEX "outbox_feed_order_idx" ON "dossiers"."outbox" USING btree ("tx_id","id");--> statement-breakpoint
CREATE INDEX "procedure_versions_in_force_idx" ON "dossiers"."procedure_versions" USING btree ("procedure_id","effective_from");--> statement-breakpoint
CREATE INDEX "dossiers_involved_agencies_idx" ON "dossiers"."dossiers" USING gin ("involved_agency_ids");--> statement-breakpoint
CREATE INDEX "dossiers_current_step_idx" ON "dossiers"."dossiers" USING btree ("current_step_agency_id","current_step_role");--> statement-breakpoint
CREATE INDEX "dossiers_owner_idx" ON "dossiers"."dossiers" USING btree ("owner_account_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "dossiers_idempotency_idx" ON "dossiers"."dossiers" USING btree ("created_by","idempotency_key");--> statement-breakpoint
ALTER TABLE "dossiers"."dossiers" DROP COLUMN "applicant_name";--> statement-breakpoint
-- Monday to Friday, 07:30–11:30 and 13:30–17:30, reception after 15:00 counts from the next working
-- day (DOMAIN.md §10); administrators change them in the calendar.
INSERT INTO "dossiers"."calendar_settings" ("id", "working_weekdays", "shifts", "reception_cut_off")
VALUES (1, '{1,2,3,4,5}', '[{"start":"07:30","end":"11:30"},{"start":"13:30","end":"17:30"}]', '15:00');
