import { readSettings } from '../config/settings.ts';
import { openDatabase } from '../db/open.ts';
import { migrate } from '../db/migrate.ts';

export interface CliIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

const usage = `用法：
  npx panhuo migrate                         执行数据库迁移
  npx panhuo import ledger FILE.xlsx [--jurisdiction 行政区划代码]
                                             从 Excel 导入台账（与网页导入相同的校验，全部成功才写入）
  npx panhuo export facts [--jurisdiction 行政区划代码] > facts.json
                                             将辖区台账导出为 panhuo.parcel-facts/1 认定事实文件

数据库由环境变量决定：DATABASE_URL（PostgreSQL）或 PANHUO_DATA_DIR（嵌入式 PGlite，默认 ./data）。
`;

/** `npx panhuo …`: returns the exit code (0 ok, 1 failure, 2 invalid input or usage). */
export async function runCli(args: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = args;
  switch (command) {
    case 'migrate': {
      const settings = readSettings();
      const db = await openDatabase({ databaseUrl: settings.databaseUrl, dataDir: settings.dataDir });
      try {
        const applied = await migrate(db);
        io.stdout.write(applied.length ? `已执行迁移：${applied.join(', ')}\n` : '数据库已是最新结构，无需迁移\n');
        return 0;
      } finally {
        await db.close();
      }
    }
    case 'import': {
      if (rest[0] !== 'ledger') break;
      const { runImportLedger } = await import('./import-ledger.ts');
      return runImportLedger(rest.slice(1), io);
    }
    case 'export': {
      const { runExportFacts } = await import('./export-facts.ts');
      return runExportFacts(rest, io);
    }
    case 'identify': {
      const { runIdentify } = await import('./identify.ts');
      return runIdentify(rest, io);
    }
    case undefined:
    case 'help':
    case '--help':
      io.stdout.write(usage);
      return command === undefined ? 2 : 0;
  }
  io.stderr.write(`未知的命令：${args.join(' ')}\n\n${usage}`);
  return 2;
}
