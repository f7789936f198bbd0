CREATE TYPE "organizations"."one_stop_kind" AS ENUM('PROVINCIAL_CENTRE', 'DISTRICT_SECTION', 'COMMUNE_SECTION');--> statement-breakpoint
CREATE TABLE "organizations"."counters" (
	"id" uuid PRIMARY KEY NOT NULL,
	"section_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"name" text NOT NULL,
	"served_agency_id" uuid,
	"fields" text[] NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organizations"."officials" (
	"id" uuid PRIMARY KEY NOT NULL,
	"full_name" text NOT NULL,
	"position" text NOT NULL,
	"home_agency_id" uuid NOT NULL,
	"years_of_service" integer NOT NULL,
	"email" text,
	"phone" text
);
--> statement-breakpoint
CREATE TABLE "organizations"."one_stop_sections" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"kind" "organizations"."one_stop_kind" NOT NULL,
	"agency_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"address" text NOT NULL,
	"phone" text,
	"opening_hours" text NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "one_stop_sections_agency_id_unique" UNIQUE("agency_id")
);
--> statement-breakpoint
CREATE TABLE "organizations"."secondments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"official_id" uuid NOT NULL,
	"counter_id" uuid NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"fields" text[] NOT NULL,
	"end_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "organizations"."counters" ADD CONSTRAINT "counters_section_id_one_stop_sections_id_fk" FOREIGN KEY ("section_id") REFERENCES "organizations"."one_stop_sections"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organizations"."counters" ADD CONSTRAINT "counters_served_agency_id_agencies_id_fk" FOREIGN KEY ("served_agency_id") REFERENCES "organizations"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organizations"."officials" ADD CONSTRAINT "officials_home_agency_id_agencies_id_fk" FOREIGN KEY ("home_agency_id") REFERENCES "organizations"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organizations"."one_stop_sections" ADD CONSTRAINT "one_stop_sections_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "organizations"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organizations"."one_stop_sections" ADD CONSTRAINT "one_stop_sections_unit_id_administrative_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "organizations"."administrative_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organizations"."secondments" ADD CONSTRAINT "secondments_official_id_officials_id_fk" FOREIGN KEY ("official_id") REFERENCES "organizations"."officials"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organizations"."secondments" ADD CONSTRAINT "secondments_counter_id_counters_id_fk" FOREIGN KEY ("counter_id") REFERENCES "organizations"."counters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "counters_section_number_idx" ON "organizations"."counters" USING btree ("section_id","number");--> statement-breakpoint
CREATE INDEX "officials_home_agency_idx" ON "organizations"."officials" USING btree ("home_agency_id");--> statement-breakpoint
CREATE INDEX "secondments_official_idx" ON "organizations"."secondments" USING btree ("official_id","starts_on");--> statement-breakpoint
CREATE INDEX "secondments_counter_idx" ON "organizations"."secondments" USING btree ("counter_id","starts_on");