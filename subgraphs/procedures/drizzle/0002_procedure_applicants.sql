ALTER TABLE "procedures"."procedures" ADD COLUMN "applicant_types" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "procedures"."procedures" ADD COLUMN "created_at" timestamp (3) with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "procedures"."procedures" ADD COLUMN "updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL;