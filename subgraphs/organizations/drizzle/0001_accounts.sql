CREATE TYPE "organizations"."account_kind" AS ENUM('STAFF', 'CITIZEN');--> statement-breakpoint
CREATE TYPE "organizations"."role" AS ENUM('SYSTEM_ADMIN', 'CENTRE_MANAGER', 'RECEPTION_OFFICER', 'SPECIALIST', 'APPROVER', 'CATALOGUE_EDITOR', 'CITIZEN');--> statement-breakpoint
CREATE TABLE "organizations"."accounts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"username" text NOT NULL,
	"display_name" text NOT NULL,
	"kind" "organizations"."account_kind" NOT NULL,
	"password_hash" text NOT NULL,
	"failed_sign_ins" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "accounts_username_unique" UNIQUE("username")
);
--> statement-breakpoint
CREATE TABLE "organizations"."audit_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"actor" text NOT NULL,
	"action" text NOT NULL,
	"subject" text NOT NULL,
	"detail" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organizations"."role_grants" (
	"account_id" uuid NOT NULL,
	"role" "organizations"."role" NOT NULL,
	"agency_id" uuid NOT NULL,
	CONSTRAINT "role_grants_account_id_role_agency_id_pk" PRIMARY KEY("account_id","role","agency_id")
);
--> statement-breakpoint
CREATE TABLE "organizations"."sessions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"account_id" uuid NOT NULL,
	"refresh_token_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone,
	"replaced_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sessions_refresh_token_hash_unique" UNIQUE("refresh_token_hash")
);
--> statement-breakpoint
ALTER TABLE "organizations"."role_grants" ADD CONSTRAINT "role_grants_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "organizations"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organizations"."role_grants" ADD CONSTRAINT "role_grants_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "organizations"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organizations"."sessions" ADD CONSTRAINT "sessions_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "organizations"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_events_subject_idx" ON "organizations"."audit_events" USING btree ("subject","occurred_at");--> statement-breakpoint
CREATE INDEX "sessions_account_idx" ON "organizations"."sessions" USING btree ("account_id");