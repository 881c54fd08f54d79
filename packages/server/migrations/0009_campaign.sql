-- Campaign command (攻坚调度, DOMAIN.md §6): the targets a jurisdiction set itself as data
-- (validated by packages/domain/src/campaign), the stock a yearly rate is divided by, and
-- the reports generated for its meetings and bulletins. Achievement is never stored: it is
-- counted from revitalised disposal measures whenever it is shown.

CREATE TABLE campaigns (
  jurisdiction_code char(6) PRIMARY KEY REFERENCES jurisdictions (code),
  name         text NOT NULL,
  -- the 发文机关 printed on the campaign's reports (指挥部办公室)
  issuer_name  text NOT NULL,
  version      integer NOT NULL DEFAULT 1,
  updated_at   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE campaign_targets (
  jurisdiction_code char(6) NOT NULL REFERENCES jurisdictions (code),
  id           text NOT NULL,
  kind         text NOT NULL CHECK (kind IN ('AMOUNT', 'QUARTERLY_SCHEDULE', 'DISPOSAL_RATE', 'LINKAGE')),
  -- the CampaignTarget exactly as the domain types it
  definition   jsonb NOT NULL,
  -- for QUARTERLY_SCHEDULE: the yearly tasks (YearlyTask[]) it is applied to
  yearly_tasks jsonb NOT NULL DEFAULT '[]',
  active       boolean NOT NULL DEFAULT true,
  ordinal      integer NOT NULL DEFAULT 0,
  version      integer NOT NULL DEFAULT 1,
  created_at   timestamptz NOT NULL DEFAULT now(),
  updated_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (jurisdiction_code, id)
);

-- A rate's denominator (年初存量) per year and kind of stock, with where the figure comes from.
CREATE TABLE campaign_rate_bases (
  jurisdiction_code char(6) NOT NULL REFERENCES jurisdictions (code),
  year         integer NOT NULL,
  stock_kind   text NOT NULL CHECK (stock_kind IN ('APPROVED_NOT_SUPPLIED', 'IDLE', 'URBAN_INEFFICIENT', 'INEFFICIENT_INDUSTRIAL')),
  area_m2      numeric(14, 2) NOT NULL CHECK (area_m2 >= 0),
  source       text NOT NULL,
  PRIMARY KEY (jurisdiction_code, year, stock_kind)
);

CREATE TABLE campaign_reports (
  jurisdiction_code char(6) NOT NULL REFERENCES jurisdictions (code),
  id           uuid NOT NULL,
  kind         text NOT NULL CHECK (kind IN ('WEEKLY_DISPATCH', 'HALF_MONTHLY_BULLETIN', 'QUARTERLY_INSPECTION', 'STOCK_TABLE', 'LINKAGE')),
  title        text NOT NULL,
  period_from  date NOT NULL,
  period_to    date NOT NULL,
  generated_at timestamptz NOT NULL DEFAULT now(),
  generated_by uuid,
  generator_name text NOT NULL,
  scheduled    boolean NOT NULL DEFAULT false,
  -- the rendered files, kept as generated (a report is a snapshot of its day) in the file store
  docx_sha256  char(64) NOT NULL REFERENCES files (sha256),
  xlsx_sha256  char(64) NOT NULL REFERENCES files (sha256),
  PRIMARY KEY (jurisdiction_code, id)
);
-- a scheduled report is made once per kind and period, however many servers run the schedule
CREATE UNIQUE INDEX campaign_reports_scheduled_once ON campaign_reports (jurisdiction_code, kind, period_from, period_to) WHERE scheduled;
CREATE INDEX campaign_reports_recent ON campaign_reports (jurisdiction_code, generated_at DESC);

-- 增存挂钩: the new construction-land plan quota of a year (年度新增建设用地计划指标) the
-- reward or penalty is a share of.
CREATE TABLE campaign_quotas (
  jurisdiction_code char(6) NOT NULL REFERENCES jurisdictions (code),
  year         integer NOT NULL,
  quota_m2     numeric(16, 2) NOT NULL CHECK (quota_m2 >= 0),
  source       text NOT NULL,
  PRIMARY KEY (jurisdiction_code, year)
);
