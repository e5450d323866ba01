using System.Data;
using System.Data.Common;
using System.Diagnostics;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using VanPhong.Persistence;

namespace VanPhong.IntegrationTests.Persistence;

/// <summary>
/// SQL Server cannot run on these machines, so its migrations are proven as far as they can be without one: for every
/// SQL Server database (every design-time factory found by reflection, Identity's and the web's key ring included) the
/// idempotent script an operator applies is rendered by EF Core's SQL Server generator, and every migration's
/// operations are replayed, in order, on a model of the schema that knows what SQL Server refuses — types it does not
/// have or that silently lose data, keys and indexes on (max) columns or past its key size, filters outside its
/// filtered-index grammar, two cascade paths to one table (error 1785), identity columns, SQLite syntax in raw SQL and
/// triggers, a CREATE TRIGGER that does not start its batch. The replayed schema must end as the model says.
/// What is not proven here: that a real SQL Server executes the script (it is never run), lock behaviour under load,
/// and collation-dependent comparisons.
/// </summary>
public sealed class SqlServerScriptTests
{
    private const string SqlServerProvider = "Microsoft.EntityFrameworkCore.SqlServer";

    public static TheoryData<Type> SqlServerFactories() =>
        [.. MigrationsTests.DesignTimeFactories().Select(row => row.Data).Where(t => t.Name.StartsWith("SqlServer", StringComparison.Ordinal))];

    [Fact]
    public void Every_SQL_Server_database_is_checked_Identity_and_the_key_ring_included()
    {
        var contexts = SqlServerFactories().Select(row => MigrationsTests.Create(row.Data)).ToList();
        try
        {
            Assert.All(contexts, db => Assert.Equal(SqlServerProvider, db.Database.ProviderName));
            Assert.Equal(
                ["SqlServerCatalogDb", "SqlServerFeedbackDb", "SqlServerIdentityDb", "SqlServerPlansDb", "SqlServerReportingDb", "SqlServerWebKeysDb"],
                contexts.Select(db => db.GetType().Name).Order(StringComparer.Ordinal));
        }
        finally
        {
            contexts.ForEach(db => db.Dispose());
        }
    }

    [Theory]
    [MemberData(nameof(SqlServerFactories))]
    public void The_idempotent_script_applies_every_migration_once_in_order(Type factoryType)
    {
        using var db = MigrationsTests.Create(factoryType);
        var script = Script(db);
        var migrations = db.Database.GetMigrations().ToList();
        Assert.NotEmpty(migrations);
        Assert.Equal(migrations.Order(StringComparer.Ordinal), migrations);

        // Every migration of the assembly that belongs to this context is in the set, none of the SQLite context's is.
        var assembly = db.GetService<IMigrationsAssembly>();
        var declared = db.GetType().Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(Migration)) && t.GetCustomAttribute<DbContextAttribute>()?.ContextType == db.GetType())
            .Select(t => t.GetCustomAttribute<MigrationAttribute>()!.Id).Order(StringComparer.Ordinal);
        Assert.Equal(declared, migrations);
        Assert.All(assembly.Migrations.Values, t => Assert.EndsWith(".Migrations.SqlServer", t.Namespace, StringComparison.Ordinal));

        // Each migration guarded by its own history row and recorded once, in the order of the set.
        var recorded = Regex.Matches(script, @"INSERT INTO \[__EFMigrationsHistory\] \(\[MigrationId\], \[ProductVersion\]\)\s*VALUES \(N'([^']+)'")
            .Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(migrations, recorded);
        foreach (var migration in migrations)
        {
            Assert.Contains($"IF NOT EXISTS (\n    SELECT * FROM [__EFMigrationsHistory]\n    WHERE [MigrationId] = N'{migration}'\n)", script.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        }

        Assert.StartsWith("IF OBJECT_ID(N'[__EFMigrationsHistory]') IS NULL", script.TrimStart(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(SqlServerFactories))]
    public void Every_migration_replays_on_SQL_Server_without_its_known_traps(Type factoryType)
    {
        using var db = MigrationsTests.Create(factoryType);
        var problems = new List<string>();
        var schema = new Schema(problems);
        var assembly = db.GetService<IMigrationsAssembly>();
        foreach (var (id, type) in assembly.Migrations)
        {
            var migration = assembly.CreateMigration(type, SqlServerProvider);
            foreach (var operation in migration.UpOperations)
            {
                schema.Apply(id, operation);
            }
        }

        schema.MatchesModel(db.GetService<IDesignTimeModel>().Model);
        Assert.True(problems.Count == 0, $"{db.GetType().Name}:\n  " + string.Join("\n  ", problems));
    }

    [Theory]
    [MemberData(nameof(SqlServerFactories))]
    public void Triggers_and_views_start_their_batch_in_the_script(Type factoryType)
    {
        using var db = MigrationsTests.Create(factoryType);
        var script = Script(db).ReplaceLineEndings("\n");
        // CREATE TRIGGER/VIEW/PROCEDURE/FUNCTION must be the first statement of a batch: in the idempotent script EF wraps
        // raw SQL in EXEC(N'…'), which is a batch of its own; anywhere else it must follow a GO.
        foreach (Match create in Regex.Matches(script, @"CREATE\s+(OR\s+ALTER\s+)?(TRIGGER|VIEW|PROCEDURE|PROC|FUNCTION)\b", RegexOptions.IgnoreCase))
        {
            var before = script[..create.Index].TrimEnd();
            Assert.True(
                before.EndsWith("EXEC(N'", StringComparison.Ordinal) || Regex.IsMatch(before, @"(^|\n)GO$"),
                $"{db.GetType().Name}: {create.Value} does not start its batch: …{before[^Math.Min(120, before.Length)..]}");
        }

        if (db.Model.FindEntityType(typeof(VanPhong.Security.AuditEntry)) is not null)
        {
            Assert.Contains("CREATE TRIGGER [TR_AuditLog_AppendOnly] ON [AuditLog] INSTEAD OF UPDATE, DELETE AS", script, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(SqlServerFactories))]
    public void Versions_are_concurrency_tokens_in_the_SQL_Server_model(Type factoryType)
    {
        using var db = MigrationsTests.Create(factoryType);
        var model = db.GetService<IDesignTimeModel>().Model;
        foreach (var entity in model.GetEntityTypes().Where(t => typeof(IVersioned).IsAssignableFrom(t.ClrType) && !t.IsOwned()))
        {
            var version = entity.FindProperty(nameof(IVersioned.Version))!;
            Assert.True(version.IsConcurrencyToken, $"{entity.DisplayName()}.Version is not a concurrency token");
            Assert.Equal("int", version.GetColumnType());
        }

        // A rowversion works on SQL Server only (SQLite has none): the model relies on its own version columns instead.
        Assert.DoesNotContain(model.GetEntityTypes().SelectMany(t => t.GetProperties()), p => p.GetColumnType() is "rowversion" or "timestamp");
    }

    /// <summary>
    /// The job lease on SQL Server: every statement is translated by EF's SQL Server provider (nothing SQLite-only, no
    /// raw SQL), and taking or locking a run is one UPDATE of the job's own row whose whole condition is on that row:
    /// SQL Server evaluates it under the row's update lock, so of two replicas racing, the second finds the row already
    /// taken and updates nothing — the same once-only result SQLite's single writer gives. The commands are captured and
    /// never sent (the connection is never opened).
    /// </summary>
    [Theory]
    [MemberData(nameof(SqlServerFactories))]
    public async Task Job_leases_have_their_SQL_Server_form(Type factoryType)
    {
        Type contextType;
        using (var designTime = MigrationsTests.Create(factoryType))
        {
            contextType = designTime.GetType();
        }

        var capture = new CapturingInterceptor();
        var builder = (DbContextOptionsBuilder)Activator.CreateInstance(typeof(DbContextOptionsBuilder<>).MakeGenericType(contextType))!;
        builder.UseSqlServer("Server=unreachable;Database=lease;TrustServerCertificate=true").AddInterceptors(capture, capture.Connection);
        await using var db = (DbContext)Activator.CreateInstance(contextType, builder.Options)!;
        if (db.Model.FindEntityType(typeof(JobRun)) is null)
        {
            return;
        }

        var lease = (VanPhong.Calendar.IJobLease)Activator.CreateInstance(typeof(DbJobLease<>).MakeGenericType(contextType), db, TimeProvider.System)!;
        var ct = TestContext.Current.CancellationToken;
        var due = DateTimeOffset.UtcNow;
        Assert.True(await lease.TryAcquireAsync("urging", due, TimeSpan.FromMinutes(5), ct));
        await lease.CompleteAsync("urging", due, ct);
        Assert.True(await lease.IsCompletedAsync("urging", due, ct));
        Assert.True(await lease.TryLockAsync("seed", TimeSpan.FromMinutes(1), ct));
        await lease.UnlockAsync("seed", ct);

        var updates = capture.Commands.Where(c => c.StartsWith("UPDATE", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, updates.Count);
        Assert.All(capture.Commands, sql => Assert.DoesNotContain("\"", sql, StringComparison.Ordinal));
        Assert.All(updates, sql =>
        {
            Assert.Matches(@"^UPDATE \[j\]\s+SET .*\s+FROM \[JobRuns\] AS \[j\]\s+WHERE \[j\]\.\[Job\] = @", sql.ReplaceLineEndings(" "));
            Assert.DoesNotContain("SELECT", sql, StringComparison.OrdinalIgnoreCase);
        });
    }

    /// <summary>The replay's rules themselves: each known trap, written as a migration would, is caught.</summary>
    [Theory]
    [InlineData("sqlite-type", "is TEXT, not a SQL Server type")]
    [InlineData("datetime", "is datetime, not a SQL Server type")]
    [InlineData("max-index", "cannot index a (max) column")]
    [InlineData("wide-index", "past SQL Server's 1700")]
    [InlineData("sqlite-filter", "not in SQL Server's filtered-index grammar")]
    [InlineData("or-filter", "not in SQL Server's filtered-index grammar")]
    [InlineData("unique-nullable", "without a filter (SQL Server allows one NULL")]
    [InlineData("two-cascade-paths", "along two paths (error 1785)")]
    [InlineData("cascade-cycle", "in a cycle")]
    [InlineData("sqlite-trigger", "NEW./OLD. row references")]
    [InlineData("trigger-not-in-exec", "is not its own batch")]
    [InlineData("identity-text", "is an identity column of nvarchar(36)")]
    [InlineData("alter-key", "is altered while it is in a key")]
    [InlineData("trigger-on-cascaded", "(error 2113)")]
    public void The_replay_catches_each_trap(string trap, string expected)
    {
        static AddColumnOperation Column(string table, string name, string type, Type clr, bool nullable = false) =>
            new() { Table = table, Name = name, ColumnType = type, ClrType = clr, IsNullable = nullable };
        static CreateTableOperation Table(string name, params AddColumnOperation[] columns)
        {
            var table = new CreateTableOperation { Name = name, PrimaryKey = new AddPrimaryKeyOperation { Table = name, Name = "PK_" + name, Columns = [columns[0].Name] } };
            table.Columns.AddRange(columns);
            return table;
        }

        static AddForeignKeyOperation Cascade(string table, string column, string principal) =>
            new() { Table = table, Name = $"FK_{table}_{principal}_{column}", Columns = [column], PrincipalTable = principal, PrincipalColumns = ["Id"], OnDelete = ReferentialAction.Cascade };

        var a = Table("A", Column("A", "Id", "uniqueidentifier", typeof(Guid)), Column("A", "Note", "nvarchar(max)", typeof(string), nullable: true), Column("A", "Code", "nvarchar(20)", typeof(string), nullable: true));
        var b = Table("B", Column("B", "Id", "uniqueidentifier", typeof(Guid)), Column("B", "AId", "uniqueidentifier", typeof(Guid)));
        var c = Table("C", Column("C", "Id", "uniqueidentifier", typeof(Guid)), Column("C", "AId", "uniqueidentifier", typeof(Guid)), Column("C", "BId", "uniqueidentifier", typeof(Guid)));
        MigrationOperation[] operations = trap switch
        {
            "sqlite-type" => [Table("T", Column("T", "Id", "TEXT", typeof(string)))],
            "datetime" => [a, new AddColumnOperation { Table = "A", Name = "At", ColumnType = "datetime", ClrType = typeof(DateTime), IsNullable = true }],
            "max-index" => [a, new CreateIndexOperation { Table = "A", Name = "IX_A_Note", Columns = ["Note"] }],
            "wide-index" => [a, new AddColumnOperation { Table = "A", Name = "Wide", ColumnType = "nvarchar(900)", ClrType = typeof(string), IsNullable = true }, new CreateIndexOperation { Table = "A", Name = "IX_A_Wide", Columns = ["Wide", "Code"] }],
            "sqlite-filter" => [a, new CreateIndexOperation { Table = "A", Name = "IX_A_Code", Columns = ["Code"], IsUnique = true, Filter = "\"Code\" IS NOT NULL" }],
            "or-filter" => [a, new CreateIndexOperation { Table = "A", Name = "IX_A_Code", Columns = ["Code"], Filter = "[Code] = N'x' OR [Code] = N'y'" }],
            "unique-nullable" => [a, new CreateIndexOperation { Table = "A", Name = "IX_A_Code", Columns = ["Code"], IsUnique = true }],
            "two-cascade-paths" => [a, b, c, Cascade("B", "AId", "A"), Cascade("C", "AId", "A"), Cascade("C", "BId", "B")],
            "cascade-cycle" => [b, c, Cascade("B", "AId", "C"), Cascade("C", "BId", "B")],
            "sqlite-trigger" => [a, new SqlOperation { Sql = "EXEC(N'CREATE TRIGGER [T] ON [A] AFTER UPDATE AS BEGIN UPDATE [A] SET [Code] = NEW.[Code]; END');" }],
            "trigger-not-in-exec" => [a, new SqlOperation { Sql = "CREATE TRIGGER [T] ON [A] INSTEAD OF DELETE AS BEGIN THROW 51000, N'no', 1; END" }],
            "identity-text" => [Table("T", WithIdentity(Column("T", "Id", "nvarchar(36)", typeof(string))))],
            "alter-key" => [a, new AlterColumnOperation { Table = "A", Name = "Id", ColumnType = "nvarchar(36)", ClrType = typeof(string) }],
            "trigger-on-cascaded" => [a, b, Cascade("B", "AId", "A"), new SqlOperation { Sql = "EXEC(N'CREATE TRIGGER [T] ON [B] INSTEAD OF UPDATE, DELETE AS BEGIN THROW 51000, N''no'', 1; END');" }],
            _ => throw new ArgumentOutOfRangeException(nameof(trap)),
        };
        var problems = new List<string>();
        var schema = new Schema(problems);
        foreach (var operation in operations)
        {
            schema.Apply("trap", operation);
        }

        Assert.Contains(problems, p => p.Contains(expected, StringComparison.Ordinal));

        static AddColumnOperation WithIdentity(AddColumnOperation column)
        {
            column.AddAnnotation("SqlServer:Identity", "1, 1");
            return column;
        }
    }

    /// <summary>And the rules pass what SQL Server accepts: the audit log's trigger, a filtered unique index, one cascade path.</summary>
    [Fact]
    public void The_replay_passes_what_SQL_Server_accepts()
    {
        var problems = new List<string>();
        var schema = new Schema(problems);
        var a = new CreateTableOperation { Name = "A", PrimaryKey = new AddPrimaryKeyOperation { Table = "A", Name = "PK_A", Columns = ["Id"] } };
        a.Columns.AddRange([
            new AddColumnOperation { Table = "A", Name = "Id", ColumnType = "int", ClrType = typeof(int) },
            new AddColumnOperation { Table = "A", Name = "Code", ColumnType = "nvarchar(20)", ClrType = typeof(string), IsNullable = true },
        ]);
        a.Columns[0].AddAnnotation("SqlServer:Identity", "1, 1");
        var b = new CreateTableOperation { Name = "B", PrimaryKey = new AddPrimaryKeyOperation { Table = "B", Name = "PK_B", Columns = ["Id"] } };
        b.Columns.AddRange([
            new AddColumnOperation { Table = "B", Name = "Id", ColumnType = "uniqueidentifier", ClrType = typeof(Guid) },
            new AddColumnOperation { Table = "B", Name = "AId", ColumnType = "int", ClrType = typeof(int) },
        ]);
        b.ForeignKeys.Add(new AddForeignKeyOperation { Table = "B", Name = "FK_B_A", Columns = ["AId"], PrincipalTable = "A", PrincipalColumns = ["Id"], OnDelete = ReferentialAction.Cascade });
        MigrationOperation[] operations =
        [
            a, b,
            new CreateIndexOperation { Table = "A", Name = "IX_A_Code", Columns = ["Code"], IsUnique = true, Filter = "[Code] IS NOT NULL AND [Code] <> N''" },
            new SqlOperation { Sql = "EXEC(N'CREATE TRIGGER [TR_A] ON [A] INSTEAD OF UPDATE, DELETE AS BEGIN THROW 51000, N''append-only'', 1; END');" },
        ];
        foreach (var operation in operations)
        {
            schema.Apply("fine", operation);
        }

        Assert.Empty(problems);
    }

    private static string Script(DbContext db) =>
        db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

    /// <summary>Records every command and answers it without a server: a reader of one <c>true</c>, one row affected.</summary>
    private sealed class CapturingInterceptor : DbCommandInterceptor
    {
        public List<string> Commands { get; } = [];

        public ClosedConnection Connection { get; } = new();

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Commands.Add(command.CommandText);
            var table = new DataTable();
            table.Columns.Add("value", typeof(bool));
            table.Rows.Add(true);
            return ValueTask.FromResult(InterceptionResult<DbDataReader>.SuppressWithResult(table.CreateDataReader()));
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Commands.Add(command.CommandText);
            return ValueTask.FromResult(InterceptionResult<int>.SuppressWithResult(1));
        }
    }

    private sealed class ClosedConnection : DbConnectionInterceptor
    {
        public override ValueTask<InterceptionResult> ConnectionOpeningAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(InterceptionResult.Suppress());

        public override InterceptionResult ConnectionOpening(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
            InterceptionResult.Suppress();
    }

    /// <summary>
    /// The schema as SQL Server would hold it after each operation, with the rules it enforces when the operation runs.
    /// </summary>
    private sealed class Schema(List<string> problems)
    {
        private sealed record Column(string Type, bool Nullable, bool Identity);

        /// <summary>An index, or a primary key or unique constraint (<paramref name="IsKey"/>), which EF does not rebuild around an altered column.</summary>
        private sealed record Index(string Table, string[] Columns, bool Unique, string? Filter, bool Clustered, bool IsKey, bool Primary);

        private sealed record ForeignKey(string Name, string Table, string[] Columns, string PrincipalTable, string[] PrincipalColumns, ReferentialAction OnDelete, ReferentialAction OnUpdate);

        private readonly Dictionary<string, Dictionary<string, Column>> _tables = new(StringComparer.OrdinalIgnoreCase);

        /// <summary>Indexes, primary keys and unique constraints by name (SQL Server names are unique per table; EF's per schema).</summary>
        private readonly Dictionary<string, Index> _indexes = new(StringComparer.OrdinalIgnoreCase);

        private readonly Dictionary<string, ForeignKey> _foreignKeys = new(StringComparer.OrdinalIgnoreCase);

        /// <summary>Tables with an INSTEAD OF UPDATE/DELETE trigger: SQL Server refuses them a cascading foreign key.</summary>
        private readonly HashSet<string> _insteadOfTriggers = new(StringComparer.OrdinalIgnoreCase);

        private string _migration = "";

        // Types SQL Server has and that hold what EF maps to them; datetime (rounds to 3.33 ms), text/ntext/image
        // (deprecated), a bare decimal (scale 0) and anything SQLite calls its types are not among them.
        private static readonly Regex SqlServerType = new(
            @"^(nvarchar\((\d+|max)\)|varchar\((\d+|max)\)|nchar\(\d+\)|char\(\d+\)|int|bigint|smallint|tinyint|bit|uniqueidentifier|datetime2(\(\d\))?|datetimeoffset(\(\d\))?|date|time(\(\d\))?|decimal\(\d+,\s*\d+\)|float|real|varbinary\((\d+|max)\))$",
            RegexOptions.IgnoreCase);

        private static readonly Dictionary<Type, Regex> TypeForClr = new()
        {
            [typeof(string)] = new(@"^n?(var)?char\(", RegexOptions.IgnoreCase),
            [typeof(Guid)] = new("^uniqueidentifier$"),
            [typeof(DateTime)] = new(@"^datetime2(\(\d\))?$"),
            [typeof(DateTimeOffset)] = new(@"^datetimeoffset(\(\d\))?$"),
            [typeof(DateOnly)] = new("^date$"),
            [typeof(TimeOnly)] = new(@"^time(\(\d\))?$"),
            [typeof(TimeSpan)] = new(@"^time(\(\d\))?$"),
            [typeof(bool)] = new("^bit$"),
            [typeof(byte)] = new("^tinyint$"),
            [typeof(short)] = new("^smallint$"),
            [typeof(int)] = new("^int$"),
            [typeof(long)] = new("^bigint$"),
            [typeof(decimal)] = new(@"^decimal\(\d+,\s*\d+\)$"),
            [typeof(double)] = new("^float$"),
            [typeof(float)] = new("^real$"),
            [typeof(byte[])] = new(@"^varbinary\((\d+|max)\)$"),
        };

        // SQLite's syntax and functions, which SQL Server does not have (or has with another meaning).
        private static readonly (Regex Pattern, string Why)[] SqliteOnly =
        [
            (new(@"\|\|"), "|| concatenation (T-SQL: +)"),
            (new(@"\bWITH\s+RECURSIVE\b", RegexOptions.IgnoreCase), "WITH RECURSIVE (T-SQL: WITH)"),
            (new(@"\bAUTOINCREMENT\b", RegexOptions.IgnoreCase), "AUTOINCREMENT (T-SQL: IDENTITY)"),
            (new(@"\bPRAGMA\b", RegexOptions.IgnoreCase), "PRAGMA"),
            (new(@"\bRAISE\s*\(", RegexOptions.IgnoreCase), "RAISE() (T-SQL: THROW)"),
            (new(@"\b(NEW|OLD)\.", RegexOptions.IgnoreCase), "NEW./OLD. row references (T-SQL: inserted/deleted)"),
            (new(@"\bBEFORE\s+(INSERT|UPDATE|DELETE)\b", RegexOptions.IgnoreCase), "BEFORE triggers (T-SQL: INSTEAD OF/AFTER)"),
            (new(@"\bFOR\s+EACH\s+ROW\b", RegexOptions.IgnoreCase), "FOR EACH ROW (T-SQL triggers are per statement)"),
            (new(@"\b(group_concat|instr|substr|ifnull|strftime|julianday|randomblob|json_extract|printf|glob)\s*\(", RegexOptions.IgnoreCase), "a SQLite function"),
            (new(@"\bdatetime\s*\(\s*'now'", RegexOptions.IgnoreCase), "datetime('now') (T-SQL: SYSUTCDATETIME())"),
            (new(@"\bINSERT\s+OR\s+(IGNORE|REPLACE)\b|\bON\s+CONFLICT\b|\bRETURNING\b", RegexOptions.IgnoreCase), "SQLite upsert/RETURNING"),
            (new(@"\bLIMIT\s+\d", RegexOptions.IgnoreCase), "LIMIT (T-SQL: TOP/OFFSET FETCH)"),
            (new(@"(?<![\w\[])(TRUE|FALSE)(?![\w\]])", RegexOptions.IgnoreCase), "TRUE/FALSE literals (T-SQL: 1/0)"),
            (new(@"""\w+"""), "a double-quoted identifier (SQLite's style; T-SQL: [brackets])"),
        ];

        public void Apply(string migration, MigrationOperation operation)
        {
            _migration = migration;
            switch (operation)
            {
                case CreateTableOperation create:
                    if (!_tables.TryAdd(create.Name, new(StringComparer.OrdinalIgnoreCase)))
                    {
                        Fail($"table {create.Name} created twice");
                    }

                    foreach (var column in create.Columns)
                    {
                        AddColumn(create.Name, column);
                    }

                    CheckIdentities(create.Name);
                    if (create.PrimaryKey is { } pk)
                    {
                        AddKey(create.Name, pk.Name, pk.Columns, unique: true, filter: null, clustered: pk[SqlServerAnnotation("Clustered")] as bool? ?? true, isPrimary: true);
                    }

                    foreach (var unique in create.UniqueConstraints)
                    {
                        AddKey(create.Name, unique.Name, unique.Columns, unique: true, filter: null, clustered: unique[SqlServerAnnotation("Clustered")] as bool? ?? false, isPrimary: false);
                    }

                    foreach (var fk in create.ForeignKeys)
                    {
                        AddForeignKey(fk);
                    }

                    CheckAnnotations(create);
                    break;
                case AddColumnOperation add:
                    if (TableOf(add.Table) is { } table && table.ContainsKey(add.Name))
                    {
                        Fail($"column {add.Table}.{add.Name} added twice");
                    }

                    if (add is { IsNullable: false, DefaultValue: null, DefaultValueSql: null, ComputedColumnSql: null } && add[SqlServerAnnotation("Identity")] is null)
                    {
                        // SQL Server refuses a NOT NULL column without a default on a table with rows (EF gives one: check it did).
                        Fail($"{add.Table}.{add.Name} is added NOT NULL without a default: the ALTER fails on a table that has rows");
                    }

                    AddColumn(add.Table, add);
                    CheckIdentities(add.Table);
                    break;
                case AlterColumnOperation alter:
                    AlterColumn(alter);
                    break;
                case RenameColumnOperation rename:
                    if (TableOf(rename.Table) is { } renamed && renamed.Remove(rename.Name, out var moved))
                    {
                        renamed[rename.NewName] = moved;
                        foreach (var (name, index) in _indexes.Where(i => Same(i.Value.Table, rename.Table)).ToList())
                        {
                            _indexes[name] = index with { Columns = [.. index.Columns.Select(c => Same(c, rename.Name) ? rename.NewName : c)] };
                        }
                    }
                    else
                    {
                        Fail($"renamed column {rename.Table}.{rename.Name} does not exist");
                    }

                    break;
                case DropColumnOperation drop:
                    if (_indexes.Values.FirstOrDefault(i => Same(i.Table, drop.Table) && i.Columns.Contains(drop.Name, StringComparer.OrdinalIgnoreCase)) is { } dependent)
                    {
                        Fail($"{drop.Table}.{drop.Name} is dropped while an index or key uses it ({string.Join(", ", dependent.Columns)}): error 5074");
                    }

                    if (_foreignKeys.Values.Any(f => (Same(f.Table, drop.Table) && f.Columns.Contains(drop.Name, StringComparer.OrdinalIgnoreCase)) || (Same(f.PrincipalTable, drop.Table) && f.PrincipalColumns.Contains(drop.Name, StringComparer.OrdinalIgnoreCase))))
                    {
                        Fail($"{drop.Table}.{drop.Name} is dropped while a foreign key uses it: error 5074");
                    }

                    if (TableOf(drop.Table)?.Remove(drop.Name) == false)
                    {
                        Fail($"dropped column {drop.Table}.{drop.Name} does not exist");
                    }

                    break;
                case DropTableOperation dropTable:
                    if (_foreignKeys.Values.FirstOrDefault(f => Same(f.PrincipalTable, dropTable.Name) && !Same(f.Table, dropTable.Name)) is { } referencing)
                    {
                        Fail($"table {dropTable.Name} is dropped while {referencing.Table} still references it: error 3726");
                    }

                    _tables.Remove(dropTable.Name);
                    RemoveWhere(_indexes, i => Same(i.Table, dropTable.Name));
                    RemoveWhere(_foreignKeys, f => Same(f.Table, dropTable.Name));
                    _insteadOfTriggers.Remove(dropTable.Name);
                    break;
                case RenameTableOperation renameTable when renameTable.NewName is { } newName:
                    if (_tables.Remove(renameTable.Name, out var columns))
                    {
                        _tables[newName] = columns;
                        foreach (var (name, index) in _indexes.Where(i => Same(i.Value.Table, renameTable.Name)).ToList())
                        {
                            _indexes[name] = index with { Table = newName };
                        }

                        foreach (var (name, fk) in _foreignKeys.ToList())
                        {
                            _foreignKeys[name] = fk with
                            {
                                Table = Same(fk.Table, renameTable.Name) ? newName : fk.Table,
                                PrincipalTable = Same(fk.PrincipalTable, renameTable.Name) ? newName : fk.PrincipalTable,
                            };
                        }
                    }
                    else
                    {
                        Fail($"renamed table {renameTable.Name} does not exist");
                    }

                    break;
                case CreateIndexOperation index:
                    AddKey(index.Table, index.Name, index.Columns, index.IsUnique, index.Filter, index[SqlServerAnnotation("Clustered")] as bool? ?? false, isPrimary: false, isKey: false);
                    CheckAnnotations(index);
                    break;
                case DropIndexOperation dropIndex:
                    if (!_indexes.Remove(dropIndex.Name))
                    {
                        Fail($"dropped index {dropIndex.Name} does not exist");
                    }

                    break;
                case RenameIndexOperation renameIndex:
                    if (_indexes.Remove(renameIndex.Name, out var renamedIndex))
                    {
                        _indexes[renameIndex.NewName] = renamedIndex;
                    }
                    else
                    {
                        Fail($"renamed index {renameIndex.Name} does not exist");
                    }

                    break;
                case AddPrimaryKeyOperation addPk:
                    AddKey(addPk.Table, addPk.Name, addPk.Columns, unique: true, filter: null, clustered: addPk[SqlServerAnnotation("Clustered")] as bool? ?? true, isPrimary: true);
                    break;
                case AddUniqueConstraintOperation unique:
                    AddKey(unique.Table, unique.Name, unique.Columns, unique: true, filter: null, clustered: unique[SqlServerAnnotation("Clustered")] as bool? ?? false, isPrimary: false);
                    break;
                case DropPrimaryKeyOperation dropPk:
                    DropKey(dropPk.Table, dropPk.Name);
                    break;
                case DropUniqueConstraintOperation dropUnique:
                    DropKey(dropUnique.Table, dropUnique.Name);
                    break;
                case AddForeignKeyOperation fk:
                    AddForeignKey(fk);
                    break;
                case DropForeignKeyOperation dropFk:
                    if (!_foreignKeys.Remove(dropFk.Name))
                    {
                        Fail($"dropped foreign key {dropFk.Name} does not exist");
                    }

                    break;
                case SqlOperation sql:
                    CheckRawSql(sql.Sql);
                    break;
                case InsertDataOperation or UpdateDataOperation or DeleteDataOperation:
                    var (dataTable, dataColumns) = operation switch
                    {
                        InsertDataOperation i => (i.Table, i.Columns),
                        UpdateDataOperation u => (u.Table, u.KeyColumns.Concat(u.Columns).ToArray()),
                        DeleteDataOperation d => (d.Table, d.KeyColumns),
                        _ => throw new UnreachableException(),
                    };
                    foreach (var column in dataColumns.Where(c => TableOf(dataTable) is { } t && !t.ContainsKey(c)))
                    {
                        Fail($"seed data names {dataTable}.{column}, which does not exist");
                    }

                    if (operation is not InsertDataOperation && _insteadOfTriggers.Contains(dataTable))
                    {
                        Fail($"seed data changes {dataTable}, whose trigger refuses updates and deletes");
                    }

                    break;
                case AlterDatabaseOperation or AlterTableOperation or EnsureSchemaOperation:
                    break;
                default:
                    Fail($"an operation this check does not know: {operation.GetType().Name} (teach it what SQL Server does with it)");
                    break;
            }
        }

        /// <summary>The replayed schema ends as the model: same tables, columns, types, nullability and identity columns.</summary>
        public void MatchesModel(IModel model)
        {
            _migration = "(the model)";
            var relational = model.GetRelationalModel();
            var expected = relational.Tables.ToDictionary(t => t.Name, StringComparer.OrdinalIgnoreCase);
            foreach (var name in _tables.Keys.Except(expected.Keys, StringComparer.OrdinalIgnoreCase))
            {
                Fail($"the migrations leave table {name}, which the model does not have");
            }

            foreach (var (name, table) in expected)
            {
                if (TableOf(name) is not { } columns)
                {
                    continue;
                }

                foreach (var column in table.Columns)
                {
                    if (!columns.TryGetValue(column.Name, out var actual))
                    {
                        Fail($"the migrations never create {name}.{column.Name}");
                        continue;
                    }

                    if (!string.Equals(actual.Type, column.StoreType, StringComparison.OrdinalIgnoreCase) || actual.Nullable != column.IsNullable)
                    {
                        Fail($"{name}.{column.Name} ends as {actual.Type}{(actual.Nullable ? " NULL" : "")}, the model says {column.StoreType}{(column.IsNullable ? " NULL" : "")}");
                    }

                    var identity = column.PropertyMappings.Any(m => SqlServerPropertyExtensions.GetValueGenerationStrategy(m.Property) == SqlServerValueGenerationStrategy.IdentityColumn);
                    if (identity != actual.Identity)
                    {
                        Fail($"{name}.{column.Name} is {(actual.Identity ? "" : "not ")}an identity column after the migrations, the model says {(identity ? "it is" : "it is not")}");
                    }
                }

                foreach (var extra in columns.Keys.Except(table.Columns.Select(c => c.Name), StringComparer.OrdinalIgnoreCase))
                {
                    Fail($"the migrations leave {name}.{extra}, which the model does not have");
                }

                // A generated integer key the application does not set must be an identity (or SQL Server demands a value).
                foreach (var key in table.PrimaryKey?.Columns ?? [])
                {
                    if (key.PropertyMappings.Any(m => m.Property.ValueGenerated == ValueGenerated.OnAdd && m.Property.ClrType is var t && (t == typeof(int) || t == typeof(long)))
                        && key.PropertyMappings.All(m => SqlServerPropertyExtensions.GetValueGenerationStrategy(m.Property) is not (SqlServerValueGenerationStrategy.IdentityColumn or SqlServerValueGenerationStrategy.SequenceHiLo or SqlServerValueGenerationStrategy.Sequence)))
                    {
                        Fail($"{name}.{key.Name} is a generated integer key without an identity or a sequence");
                    }
                }
            }

            foreach (var index in relational.Tables.SelectMany(t => t.Indexes))
            {
                if (!_indexes.TryGetValue(index.Name, out var actual))
                {
                    Fail($"the migrations never create index {index.Name}");
                }
                else if (!actual.Columns.SequenceEqual(index.Columns.Select(c => c.Name), StringComparer.OrdinalIgnoreCase) || actual.Unique != index.IsUnique || actual.Filter != index.Filter)
                {
                    Fail($"index {index.Name} ends as ({string.Join(", ", actual.Columns)}) {actual.Filter}, the model says ({string.Join(", ", index.Columns.Select(c => c.Name))}) {index.Filter}");
                }
            }

            foreach (var fk in relational.Tables.SelectMany(t => t.ForeignKeyConstraints))
            {
                if (!_foreignKeys.TryGetValue(fk.Name, out var actual))
                {
                    Fail($"the migrations never create foreign key {fk.Name}");
                }
                else if (actual.OnDelete != fk.OnDeleteAction)
                {
                    Fail($"foreign key {fk.Name} ends ON DELETE {actual.OnDelete}, the model says {fk.OnDeleteAction}");
                }
            }
        }

        private void AddColumn(string table, ColumnOperation column)
        {
            var name = column is AddColumnOperation add ? add.Name : ((AlterColumnOperation)column).Name;
            var type = CheckType(table, name, column);
            if (TableOf(table) is { } columns)
            {
                columns[name] = new(type, column.IsNullable, column[SqlServerAnnotation("Identity")] is not null);
            }

            CheckAnnotations(column);
        }

        private void AlterColumn(AlterColumnOperation alter)
        {
            if (TableOf(alter.Table) is not { } columns || !columns.TryGetValue(alter.Name, out var before))
            {
                Fail($"altered column {alter.Table}.{alter.Name} does not exist");
                return;
            }

            var type = CheckType(alter.Table, alter.Name, alter);
            var identity = alter[SqlServerAnnotation("Identity")] is not null;
            if (identity != before.Identity)
            {
                Fail($"{alter.Table}.{alter.Name} changes its IDENTITY, which ALTER COLUMN cannot do (the column must be rebuilt)");
            }

            var changed = !string.Equals(type, before.Type, StringComparison.OrdinalIgnoreCase) || alter.IsNullable != before.Nullable;
            if (changed)
            {
                // EF drops and recreates the indexes over an altered column, not the keys: a key column cannot be altered.
                if (_indexes.Values.FirstOrDefault(i => Same(i.Table, alter.Table) && i.Columns.Contains(alter.Name, StringComparer.OrdinalIgnoreCase) && i.IsKey) is { } key)
                {
                    Fail($"{alter.Table}.{alter.Name} is altered while it is in a key ({string.Join(", ", key.Columns)}): error 5074");
                }

                if (_foreignKeys.Values.Any(f => (Same(f.Table, alter.Table) && f.Columns.Contains(alter.Name, StringComparer.OrdinalIgnoreCase)) || (Same(f.PrincipalTable, alter.Table) && f.PrincipalColumns.Contains(alter.Name, StringComparer.OrdinalIgnoreCase))))
                {
                    Fail($"{alter.Table}.{alter.Name} is altered while a foreign key uses it: error 5074");
                }

                if (before.Nullable && !alter.IsNullable && alter.DefaultValue is null && alter.DefaultValueSql is null)
                {
                    Fail($"{alter.Table}.{alter.Name} becomes NOT NULL without a default: the ALTER fails on a row with NULL");
                }
            }

            columns[alter.Name] = new(type, alter.IsNullable, identity);
            // The indexes EF recreates over the column must still be valid for its new type.
            foreach (var (name, index) in _indexes.Where(i => Same(i.Value.Table, alter.Table) && i.Value.Columns.Contains(alter.Name, StringComparer.OrdinalIgnoreCase)))
            {
                CheckKeyColumns(alter.Table, name, index.Columns, index.Clustered);
            }

            CheckAnnotations(alter);
        }

        private string CheckType(string table, string column, ColumnOperation operation)
        {
            var type = operation.ColumnType;
            if (type is null)
            {
                Fail($"{table}.{column} has no explicit store type (the migration was not generated for SQL Server)");
                return "";
            }

            if (!SqlServerType.IsMatch(type))
            {
                Fail($"{table}.{column} is {type}, not a SQL Server type EF should map to (SQLite's TEXT/INTEGER/REAL/BLOB, datetime, text, a bare decimal …)");
            }

            var clr = Nullable.GetUnderlyingType(operation.ClrType) ?? operation.ClrType;
            if (TypeForClr.TryGetValue(clr, out var expected) && !expected.IsMatch(type))
            {
                Fail($"{table}.{column} holds {clr.Name} as {type}");
            }
            else if (!TypeForClr.ContainsKey(clr))
            {
                Fail($"{table}.{column} holds {clr.Name}, which this check does not know");
            }

            if (operation.ComputedColumnSql is { } computed)
            {
                CheckSqlText($"{table}.{column}'s computed column", computed);
            }

            if (operation.DefaultValueSql is { } defaultSql)
            {
                CheckSqlText($"{table}.{column}'s default", defaultSql);
            }

            return type;
        }

        /// <summary>One identity column per table, of an integer type, never NULL.</summary>
        private void CheckIdentities(string table)
        {
            if (TableOf(table) is not { } columns)
            {
                return;
            }

            var identities = columns.Where(c => c.Value.Identity).ToList();
            if (identities.Count > 1)
            {
                Fail($"{table} has {identities.Count} identity columns (SQL Server allows one)");
            }

            foreach (var (name, column) in identities.Where(c => c.Value.Type is not ("int" or "bigint" or "smallint" or "tinyint") || c.Value.Nullable))
            {
                Fail($"{table}.{name} is an identity column of {column.Type}{(column.Nullable ? " NULL" : "")}");
            }
        }

        private void AddKey(string table, string name, string[] columns, bool unique, string? filter, bool clustered, bool isPrimary, bool isKey = true)
        {
            if (isPrimary && _indexes.Values.FirstOrDefault(i => Same(i.Table, table) && i.Primary) is { } existing)
            {
                Fail($"{table} gets a second primary key {name} ({string.Join(", ", existing.Columns)} is one)");
            }

            if (clustered && _indexes.Values.Any(i => Same(i.Table, table) && i.Clustered))
            {
                Fail($"{table} gets a second clustered index {name}");
            }

            if (!_indexes.TryAdd(name, new(table, columns, unique, filter, clustered, isKey || isPrimary, isPrimary)))
            {
                Fail($"index or key {name} created twice");
            }

            if (isPrimary && TableOf(table) is { } tableColumns && columns.Any(c => tableColumns.TryGetValue(c, out var col) && col.Nullable))
            {
                Fail($"primary key {name} is over a nullable column");
            }

            CheckKeyColumns(table, name, columns, clustered);
            if (filter is not null)
            {
                CheckFilter(table, name, filter);
            }
            else if (unique && !isPrimary && TableOf(table) is { } cols && columns.Where(c => cols.TryGetValue(c, out var col) && col.Nullable).ToList() is [_, ..] nullable)
            {
                // SQL Server's unique index admits one NULL, SQLite's any number: without the filter the first two
                // rows without a value collide on SQL Server only.
                Fail($"unique index {name} is over nullable {string.Join(", ", nullable)} without a filter (SQL Server allows one NULL, SQLite many)");
            }
        }

        private void DropKey(string table, string name)
        {
            if (_foreignKeys.Values.FirstOrDefault(f => Same(f.PrincipalTable, table) && _indexes.TryGetValue(name, out var key) && key.Columns.SequenceEqual(f.PrincipalColumns, StringComparer.OrdinalIgnoreCase)) is { } fk)
            {
                Fail($"key {name} is dropped while foreign key {fk.Name} references it: error 3725");
            }

            if (!_indexes.Remove(name))
            {
                Fail($"dropped key {name} does not exist");
            }
        }

        /// <summary>No (max) column in a key (error 1919), and the key within 900 bytes clustered, 1700 otherwise.</summary>
        private void CheckKeyColumns(string table, string name, string[] columns, bool clustered)
        {
            if (TableOf(table) is not { } tableColumns)
            {
                return;
            }

            var bytes = 0;
            foreach (var column in columns)
            {
                if (!tableColumns.TryGetValue(column, out var col))
                {
                    Fail($"{name} names {table}.{column}, which does not exist");
                    continue;
                }

                if (col.Type.Contains("(max)", StringComparison.OrdinalIgnoreCase))
                {
                    Fail($"{name} is over {table}.{column} of {col.Type}: SQL Server cannot index a (max) column (error 1919)");
                }

                bytes += KeyBytes(col.Type);
            }

            var limit = clustered ? 900 : 1700;
            if (bytes > limit && !WideKeysOfLibraries.Contains(name))
            {
                Fail($"{name} on {table} ({string.Join(", ", columns)}) is up to {bytes} bytes, past SQL Server's {limit} for a{(clustered ? " clustered" : " nonclustered")} key");
            }
        }

        /// <summary>
        /// The keys of ASP.NET Core Identity's and OpenIddict's own schemas that are wider than SQL Server's key size
        /// when every column is full — the same on every SQL Server that runs those libraries. SQL Server creates them
        /// with a warning and refuses only a row whose actual key is past the limit; here they hold Guid strings
        /// (36 characters), a handful of login-provider and token names and status words, far below it.
        /// </summary>
        private static readonly HashSet<string> WideKeysOfLibraries =
        [
            "PK_AspNetUserLogins", "PK_AspNetUserRoles", "PK_AspNetUserTokens",
            "IX_OpenIddictAuthorizations_ApplicationId_Status_Subject_Type", "IX_OpenIddictTokens_ApplicationId_Status_Subject_Type",
        ];

        private static int KeyBytes(string type)
        {
            var size = Regex.Match(type, @"\((\d+)");
            var n = size.Success ? int.Parse(size.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
            return type.ToLowerInvariant() switch
            {
                var t when t.StartsWith("nvarchar", StringComparison.Ordinal) || t.StartsWith("nchar", StringComparison.Ordinal) => 2 * n,
                var t when t.StartsWith("varchar", StringComparison.Ordinal) || t.StartsWith("char", StringComparison.Ordinal) || t.StartsWith("varbinary", StringComparison.Ordinal) => n,
                "uniqueidentifier" => 16,
                "bigint" or "float" or "datetime2" => 8,
                "int" or "real" => 4,
                "smallint" => 2,
                "tinyint" or "bit" => 1,
                "date" => 3,
                var t when t.StartsWith("datetimeoffset", StringComparison.Ordinal) => 10,
                var t when t.StartsWith("datetime2", StringComparison.Ordinal) => 8,
                var t when t.StartsWith("time", StringComparison.Ordinal) => 5,
                var t when t.StartsWith("decimal", StringComparison.Ordinal) => 17,
                _ => 0,
            };
        }

        /// <summary>
        /// A filtered index's predicate in SQL Server's grammar: comparisons of a [column] with a constant (or IS [NOT]
        /// NULL, or IN a list of constants) joined by AND — no OR, no functions, no SQLite quoting or TRUE/FALSE.
        /// </summary>
        private void CheckFilter(string table, string index, string filter)
        {
            const string constant = @"(NULL|N?'(?:[^']|'')*'|-?\d+(\.\d+)?)";
            var comparison = new Regex($@"^\(?\s*\[(\w+)\]\s*(IS\s+NOT|IS|=|<>|!=|>=|<=|>|<|!>|!<)\s*{constant}\s*\)?$|^\(?\s*\[(\w+)\]\s+IN\s*\(\s*{constant}(\s*,\s*{constant})*\s*\)\s*\)?$", RegexOptions.IgnoreCase);
            foreach (var conjunct in Regex.Split(filter.Trim(), @"\s+AND\s+", RegexOptions.IgnoreCase))
            {
                var match = comparison.Match(conjunct.Trim());
                if (!match.Success)
                {
                    Fail($"the filter of {index} is not in SQL Server's filtered-index grammar: {filter}");
                    return;
                }

                var column = match.Groups[1].Success ? match.Groups[1].Value : match.Groups[5].Value;
                if (TableOf(table) is { } columns && !columns.ContainsKey(column))
                {
                    Fail($"the filter of {index} names {table}.{column}, which does not exist");
                }
            }
        }

        private void AddForeignKey(AddForeignKeyOperation fk)
        {
            if (fk.PrincipalColumns is not { } principalColumns)
            {
                Fail($"foreign key {fk.Name} names no principal columns");
                return;
            }

            if (!_indexes.Values.Any(i => Same(i.Table, fk.PrincipalTable) && i.Unique && i.Filter is null && i.Columns.SequenceEqual(principalColumns, StringComparer.OrdinalIgnoreCase)))
            {
                Fail($"foreign key {fk.Name} references {fk.PrincipalTable} ({string.Join(", ", principalColumns)}), which is no primary key or unique constraint there (error 1776)");
            }

            if (!_foreignKeys.TryAdd(fk.Name, new(fk.Name, fk.Table, fk.Columns, fk.PrincipalTable, principalColumns, fk.OnDelete, fk.OnUpdate)))
            {
                Fail($"foreign key {fk.Name} created twice");
            }

            if (Cascades(fk.OnDelete) || Cascades(fk.OnUpdate))
            {
                if (_insteadOfTriggers.Contains(fk.Table))
                {
                    Fail($"foreign key {fk.Name} cascades into {fk.Table}, which has an INSTEAD OF trigger (error 1787)");
                }

                CheckCascadePaths(fk);
            }
        }

        private static bool Cascades(ReferentialAction action) => action is ReferentialAction.Cascade or ReferentialAction.SetNull or ReferentialAction.SetDefault;

        /// <summary>
        /// SQL Server refuses a cascading foreign key when a delete could reach a table along two paths or in a cycle
        /// (error 1785), which SQLite allows: every table reachable by cascades must be so along one path only.
        /// </summary>
        private void CheckCascadePaths(AddForeignKeyOperation added)
        {
            var edges = _foreignKeys.Values.Where(f => Cascades(f.OnDelete) || Cascades(f.OnUpdate)).ToLookup(f => f.PrincipalTable, StringComparer.OrdinalIgnoreCase);
            foreach (var start in _tables.Keys)
            {
                var reached = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
                void Walk(string table, HashSet<string> path)
                {
                    foreach (var edge in edges[table])
                    {
                        if (path.Contains(edge.Table))
                        {
                            Fail($"foreign key {added.Name}: cascades from {start} run in a cycle through {edge.Table} (error 1785)");
                            continue;
                        }

                        reached[edge.Table] = reached.GetValueOrDefault(edge.Table) + 1;
                        if (reached[edge.Table] == 2)
                        {
                            Fail($"foreign key {added.Name}: a delete in {start} cascades to {edge.Table} along two paths (error 1785)");
                            continue;
                        }

                        path.Add(edge.Table);
                        Walk(edge.Table, path);
                        path.Remove(edge.Table);
                    }
                }

                Walk(start, new(StringComparer.OrdinalIgnoreCase) { start });
            }
        }

        /// <summary>
        /// Raw SQL in a SQL Server migration is a batch of its own, <c>EXEC(N'…')</c>. The idempotent script puts each
        /// migration in one batch under IF NOT EXISTS, and SQL Server compiles a whole batch against the schema the
        /// database has before it runs any of it: a CREATE TRIGGER that is not first in its batch is a syntax error
        /// (111), and a statement naming a column this migration adds or drops fails to compile (207) on a database
        /// already past it — the very case the idempotent script is for — even where its IF skips it. EF wraps its own
        /// filtered indexes so; the migration's own SQL must do it itself.
        /// </summary>
        private void CheckRawSql(string raw)
        {
            var exec = Regex.Match(raw.Trim(), @"^EXEC\s*\(\s*N'((?:[^']|'')*)'\s*\)\s*;?$", RegexOptions.Singleline);
            if (!exec.Success)
            {
                Fail($"raw SQL is not its own batch (wrap it in EXEC(N'…')): {Shorten(raw)}");
            }

            var sql = exec.Success ? exec.Groups[1].Value.Replace("''", "'", StringComparison.Ordinal) : raw;
            CheckSqlText("raw SQL", sql);

            // A later data change of a table whose trigger refuses it would fail the migration.
            foreach (var table in _insteadOfTriggers.Where(t => Regex.IsMatch(sql, $@"\b(UPDATE|DELETE\s+FROM|DELETE)\s+\[?{Regex.Escape(t)}\]?(?!\w)", RegexOptions.IgnoreCase)))
            {
                Fail($"raw SQL changes {table}, whose INSTEAD OF trigger refuses it");
            }

            foreach (Match trigger in Regex.Matches(sql, @"CREATE\s+(OR\s+ALTER\s+)?TRIGGER\s+\[?(\w+)\]?\s+ON\s+\[?(\w+)\]?\s+(INSTEAD\s+OF|AFTER|FOR)\s+([\w\s,]+?)\s+AS\b", RegexOptions.IgnoreCase))
            {
                var table = trigger.Groups[3].Value;
                if (TableOf(table) is null)
                {
                    continue;
                }

                if (trigger.Groups[4].Value.StartsWith("INSTEAD", StringComparison.OrdinalIgnoreCase) && Regex.IsMatch(trigger.Groups[5].Value, @"\b(UPDATE|DELETE)\b", RegexOptions.IgnoreCase))
                {
                    if (_foreignKeys.Values.FirstOrDefault(f => Same(f.Table, table) && (Cascades(f.OnDelete) || Cascades(f.OnUpdate))) is { } fk)
                    {
                        Fail($"INSTEAD OF trigger {trigger.Groups[2].Value} on {table}, which foreign key {fk.Name} cascades into (error 2113)");
                    }

                    _insteadOfTriggers.Add(table);
                }
            }

            if (Regex.IsMatch(sql, @"\bCREATE\s+(OR\s+ALTER\s+)?TRIGGER\b", RegexOptions.IgnoreCase)
                && !Regex.IsMatch(sql, @"CREATE\s+(OR\s+ALTER\s+)?TRIGGER\s+\S+\s+ON\s+\S+\s+(INSTEAD\s+OF|AFTER|FOR)\s", RegexOptions.IgnoreCase))
            {
                Fail($"a trigger not in T-SQL's form (CREATE TRIGGER … ON … INSTEAD OF|AFTER …): {sql}");
            }
        }

        private void CheckSqlText(string what, string sql)
        {
            foreach (var (pattern, why) in SqliteOnly)
            {
                if (pattern.Match(StripStrings(sql)) is { Success: true } match)
                {
                    Fail($"{what} uses {why}: …{match.Value}… in {Shorten(sql)}");
                }
            }
        }

        private void CheckAnnotations(IReadOnlyAnnotatable operation)
        {
            foreach (var annotation in operation.GetAnnotations().Where(a => a.Name.StartsWith("Sqlite:", StringComparison.Ordinal)))
            {
                Fail($"{operation.GetType().Name} carries SQLite's {annotation.Name}");
            }
        }

        private static string StripStrings(string sql) => Regex.Replace(sql, @"N?'(?:[^']|'')*'", "''");

        private static string Shorten(string sql) => sql.Length <= 160 ? sql : sql[..160] + "…";

        private static string SqlServerAnnotation(string name) => "SqlServer:" + name;

        private Dictionary<string, Column>? TableOf(string table)
        {
            if (_tables.TryGetValue(table, out var columns))
            {
                return columns;
            }

            Fail($"table {table} does not exist (yet)");
            return null;
        }

        private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

        private static void RemoveWhere<T>(Dictionary<string, T> items, Func<T, bool> predicate)
        {
            foreach (var key in items.Where(i => predicate(i.Value)).Select(i => i.Key).ToList())
            {
                items.Remove(key);
            }
        }

        private void Fail(string problem) => problems.Add($"{_migration}: {problem}");
    }
}
