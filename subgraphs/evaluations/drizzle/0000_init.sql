CREATE SCHEMA "evaluations";
--> statement-breakpoint
CREATE TYPE "evaluations"."satisfaction_level" AS ENUM('VERY_SATISFIED', 'SATISFIED', 'NOT_SATISFIED');--> statement-breakpoint
CREATE TABLE "evaluations"."ratings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"dossier_id" uuid NOT NULL,
	"satisfaction" "evaluations"."satisfaction_level" NOT NULL,
	"comment" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ratings_dossier_id_unique" UNIQUE("dossier_id")
);
--> statement-breakpoint
CREATE INDEX "ratings_page_idx" ON "evaluations"."ratings" USING btree ("created_at","id");