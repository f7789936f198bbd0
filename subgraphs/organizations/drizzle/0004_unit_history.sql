ALTER TABLE "organizations"."administrative_units" ADD COLUMN "valid_from" date;--> statement-breakpoint
ALTER TABLE "organizations"."administrative_units" ADD COLUMN "valid_to" date;--> statement-breakpoint
ALTER TABLE "organizations"."administrative_units" ADD COLUMN "successor_id" uuid;--> statement-breakpoint
ALTER TABLE "organizations"."administrative_units" ADD CONSTRAINT "administrative_units_successor_id_administrative_units_id_fk" FOREIGN KEY ("successor_id") REFERENCES "organizations"."administrative_units"("id") ON DELETE no action ON UPDATE no action;