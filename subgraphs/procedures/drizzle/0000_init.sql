CREATE SCHEMA "procedures";
--> statement-breakpoint
CREATE TYPE "procedures"."admin_level" AS ENUM('CENTRAL', 'PROVINCE', 'DISTRICT', 'COMMUNE');--> statement-breakpoint
CREATE TABLE "procedures"."outbox" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"tx_id" bigint DEFAULT (pg_current_xact_id()::text::bigint) NOT NULL,
	"topic" text NOT NULL,
	"aggregate_id" text NOT NULL,
	"payload" jsonb NOT NULL,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "procedures"."procedures" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"search_text" text NOT NULL,
	"field" text NOT NULL,
	"level" "procedures"."admin_level" NOT NULL,
	"processing_days" integer NOT NULL,
	"competent_agency_id" uuid NOT NULL,
	CONSTRAINT "procedures_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE INDEX "outbox_feed_order_idx" ON "procedures"."outbox" USING btree ("tx_id","id");--> statement-breakpoint
CREATE INDEX "procedures_search_order_idx" ON "procedures"."procedures" USING btree ("search_text","id");