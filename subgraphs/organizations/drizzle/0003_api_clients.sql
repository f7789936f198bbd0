CREATE TABLE "organizations"."api_clients" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"owner_agency_id" uuid NOT NULL,
	"scopes" text[] NOT NULL,
	"key_hash" text NOT NULL,
	"key_prefix" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "api_clients_key_hash_unique" UNIQUE("key_hash")
);
--> statement-breakpoint
ALTER TABLE "organizations"."api_clients" ADD CONSTRAINT "api_clients_owner_agency_id_agencies_id_fk" FOREIGN KEY ("owner_agency_id") REFERENCES "organizations"."agencies"("id") ON DELETE no action ON UPDATE no action;