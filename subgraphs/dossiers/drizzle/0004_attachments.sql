CREATE TYPE "dossiers"."attachment_purpose" AS ENUM('DOCUMENT', 'SUPPLEMENT', 'RESULT');--> statement-breakpoint
CREATE TABLE "dossiers"."attachments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"dossier_id" uuid NOT NULL,
	"purpose" "dossiers"."attachment_purpose" NOT NULL,
	"document_index" integer,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"storage_key" text NOT NULL,
	"uploaded_by" text NOT NULL,
	"uploaded_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "attachments_storage_key_unique" UNIQUE("storage_key")
);
--> statement-breakpoint
ALTER TABLE "dossiers"."attachments" ADD CONSTRAINT "attachments_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "dossiers"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "attachments_dossier_idx" ON "dossiers"."attachments" USING btree ("dossier_id","uploaded_at");