CREATE SCHEMA "dossiers";
--> statement-breakpoint
CREATE TYPE "dossiers"."dossier_status" AS ENUM('DRAFT', 'SUBMITTED', 'AWAITING_RECEPTION_SUPPLEMENT', 'RECEIVED', 'REFUSED', 'IN_PROCESS', 'SUPPLEMENT_REQUESTED', 'AWAITING_PAYMENT', 'WITHDRAWAL_REQUESTED', 'STOPPED', 'RESOLVED', 'RETURNED');--> statement-breakpoint
CREATE TABLE "dossiers"."dossiers" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"applicant_name" text NOT NULL,
	"status" "dossiers"."dossier_status" NOT NULL,
	"received_at" timestamp with time zone,
	"procedure_id" uuid NOT NULL,
	"receiving_agency_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dossiers_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "dossiers"."event_cursors" (
	"producer" text PRIMARY KEY NOT NULL,
	"position" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dossiers"."procedure_copies" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"processing_days" integer NOT NULL,
	"competent_agency_id" uuid NOT NULL,
	"source_position" text NOT NULL
);
--> statement-breakpoint
CREATE INDEX "dossiers_page_idx" ON "dossiers"."dossiers" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "dossiers_receiving_agency_idx" ON "dossiers"."dossiers" USING btree ("receiving_agency_id");