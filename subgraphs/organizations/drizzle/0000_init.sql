CREATE SCHEMA "organizations";
--> statement-breakpoint
CREATE TYPE "organizations"."admin_level" AS ENUM('CENTRAL', 'PROVINCE', 'DISTRICT', 'COMMUNE');--> statement-breakpoint
CREATE TYPE "organizations"."agency_kind" AS ENUM('DEPARTMENT', 'PEOPLES_COMMITTEE', 'SERVICE_CENTRE', 'CENTRAL_OFFICE');--> statement-breakpoint
CREATE TABLE "organizations"."administrative_units" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"level" "organizations"."admin_level" NOT NULL,
	"parent_id" uuid,
	"sort_order" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "administrative_units_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "organizations"."agencies" (
	"id" uuid PRIMARY KEY NOT NULL,
	"electronic_id" text NOT NULL,
	"name" text NOT NULL,
	"short_name" text NOT NULL,
	"kind" "organizations"."agency_kind" NOT NULL,
	"unit_id" uuid NOT NULL,
	"address" text,
	"phone" text,
	"sort_order" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "agencies_electronic_id_unique" UNIQUE("electronic_id")
);
--> statement-breakpoint
ALTER TABLE "organizations"."administrative_units" ADD CONSTRAINT "administrative_units_parent_id_administrative_units_id_fk" FOREIGN KEY ("parent_id") REFERENCES "organizations"."administrative_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organizations"."agencies" ADD CONSTRAINT "agencies_unit_id_administrative_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "organizations"."administrative_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "administrative_units_parent_idx" ON "organizations"."administrative_units" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "agencies_unit_idx" ON "organizations"."agencies" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "agencies_page_idx" ON "organizations"."agencies" USING btree ("sort_order","id");