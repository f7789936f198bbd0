-- Typo-tolerant search (word_similarity, trigram index). Ships with PostgreSQL (contrib) and PGlite.
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE TYPE "procedures"."online_service_level" AS ENUM('INFORMATION', 'PARTIAL', 'FULL');--> statement-breakpoint
CREATE TABLE "procedures"."audit_events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"actor" text NOT NULL,
	"action" text NOT NULL,
	"procedure_id" uuid,
	"version_id" uuid,
	"detail" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "procedures"."catalogue_entries" (
	"section_id" uuid NOT NULL,
	"procedure_id" uuid NOT NULL,
	"fully_on_site" boolean NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "catalogue_entries_section_id_procedure_id_pk" PRIMARY KEY("section_id","procedure_id")
);
--> statement-breakpoint
CREATE TABLE "procedures"."procedure_versions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"procedure_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"terms" jsonb NOT NULL,
	"online_level" "procedures"."online_service_level" NOT NULL,
	"decision_number" text,
	"decision_signed_on" date,
	"decision_signer" text,
	"published_at" timestamp (3) with time zone,
	"published_by" text,
	"effective_from" date,
	"effective_to" date,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "procedures"."catalogue_entries" ADD CONSTRAINT "catalogue_entries_procedure_id_procedures_id_fk" FOREIGN KEY ("procedure_id") REFERENCES "procedures"."procedures"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedures"."procedure_versions" ADD CONSTRAINT "procedure_versions_procedure_id_procedures_id_fk" FOREIGN KEY ("procedure_id") REFERENCES "procedures"."procedures"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_events_procedure_idx" ON "procedures"."audit_events" USING btree ("procedure_id","at");--> statement-breakpoint
CREATE INDEX "catalogue_entries_procedure_idx" ON "procedures"."catalogue_entries" USING btree ("procedure_id");--> statement-breakpoint
CREATE UNIQUE INDEX "procedure_versions_number_idx" ON "procedures"."procedure_versions" USING btree ("procedure_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "procedure_versions_one_draft_idx" ON "procedures"."procedure_versions" USING btree ("procedure_id") WHERE "procedures"."procedure_versions"."published_at" is null;--> statement-breakpoint
CREATE INDEX "procedure_versions_in_force_idx" ON "procedures"."procedure_versions" USING btree ("procedure_id","effective_from","effective_to");--> statement-breakpoint
CREATE INDEX "procedures_search_trgm_idx" ON "procedures"."procedures" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
ALTER TABLE "procedures"."procedures" DROP COLUMN "processing_days";