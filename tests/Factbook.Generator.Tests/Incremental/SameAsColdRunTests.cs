using Microsoft.CodeAnalysis;
using static Factbook.Generator.Tests.Infrastructure.TableFixtures;

namespace Factbook.Generator.Tests.Incremental;

/// <summary>
/// Incremental runs give what a cold run gives: after each edit of a script, after random edits and when the table
/// form changes, a kept driver's sources and diagnostics equal those of a new one on the same content, in both table forms,
/// and a problem found across files names the other file's line as it is now.
/// </summary>
public class SameAsColdRunTests
{
    /// <summary>UTF-8 tables and string tables: <see cref="TableFixtures.BothForms"/>.</summary>
    public static TheoryData<bool> BothForms => TableFixtures.BothForms;

    /// <summary>Each edit of the script: a name, and the files after it (by path; a missing path is a deleted file).</summary>
    private static readonly (string Name, Func<IReadOnlyDictionary<string, string>, IReadOnlyDictionary<string, string>> Edit)[] Script =
    [
        ("a value of a.yaml, longer", files => With(files, APath, files[APath].Replace("name: Alpha\n", "name: Alpha Centauri, a longer name\n", StringComparison.Ordinal))),
        ("lines added at the top of c.yaml", files => With(files, CPath, "# one\n# two\n\n" + files[CPath])),
        ("an entry added at the top of a.yaml", files => With(files, APath, files[APath].Replace("places:\n", "places:\n  - id: first\n    name: First\n", StringComparison.Ordinal))),
        ("a longer value before a reference on its line", files => With(files, BPath, files[BPath].Replace("name: Flow,", "name: Flowing river,", StringComparison.Ordinal))),
        ("a shorter value before the reference of c.yaml", files => With(files, CPath, files[CPath].Replace("name: Refers\n", "name: R\n", StringComparison.Ordinal))),
        ("beta renamed", files => With(files, BPath, files[BPath].Replace("id: beta", "id: beta2", StringComparison.Ordinal))),
        ("a reference retargeted", files => With(files, APath, files[APath].Replace("part_of: beta\n", "part_of: beta2\n", StringComparison.Ordinal))),
        ("lines added to a block value", files => With(files, BPath, files[BPath].Replace("      second line\n", "      second line\n      third\n      fourth\n", StringComparison.Ordinal))),
        ("c.yaml deleted", files => Without(files, CPath)),
        ("c.yaml back, and d.yaml with a second alpha", files => With(With(files, CPath, C), DPath, "places:\n  - id: alpha\n    name: Alpha again\n    near: [old]\n")),
        ("c.yaml with CRLF", files => With(files, CPath, files[CPath].Replace("\n", "\r\n", StringComparison.Ordinal))),
        ("old no longer retired", files => With(files, APath, files[APath].Replace("    retired: { reason: gone, superseded_by: alpha }\n", string.Empty, StringComparison.Ordinal))),
        ("delta retired, referred to by nothing", files => With(files, BPath, files[BPath].Replace("    part_of: alpha\n", "    part_of: alpha\n    retired: true\n", StringComparison.Ordinal))),
        ("d.yaml's alpha renamed to c#'s collision", files => With(files, DPath, files[DPath].Replace("id: alpha", "id: \"C #\"", StringComparison.Ordinal))),
        ("a.yaml moved to a2.yaml", files => With(Without(files, APath), "/project/content/a2.yaml", files[APath])),
        ("the C# entry moved down a2.yaml", files => With(files, "/project/content/a2.yaml", files["/project/content/a2.yaml"].Replace("  - id: \"C#\"\n    name: C Sharp\n", string.Empty, StringComparison.Ordinal) + "  - id: \"C#\"\n    name: C Sharp\n")),
        ("d.yaml emptied", files => With(files, DPath, string.Empty)),
        ("a comment-only edit of c.yaml", files => With(files, CPath, files[CPath] + "# the end\r\n")),
        ("the schema gains a field", files => With(files, PlaceSchemaPath, PlaceSchema + "\n      size: { type: int, optional: true }\n")),
        ("c.yaml with LF again and its duplicate gone", files => With(files, CPath, C.Replace("id: dup", "id: dup-c", StringComparison.Ordinal))),
    ];

    [Theory]
    [MemberData(nameof(BothForms))]
    public void AfterEachEditOfAScriptTheIncrementalRunEqualsAColdRun(bool utf8)
    {
        IReadOnlyDictionary<string, string> files = new Dictionary<string, string> { [PlaceSchemaPath] = PlaceSchema, [APath] = A, [BPath] = B, [CPath] = C };
        var session = new EditSession(files, Form(utf8));
        var first = session.AssertSameAsColdRun("the first run");
        Assert.Equal(
            ["FB0023 a.yaml(7,9)", "FB0034 a.yaml(14,25)", "FB0029 b.yaml(10,38)", "FB0023 c.yaml(3,9)", "FB0024 c.yaml(5,9)", "FB0034 c.yaml(9,14)", "FB0029 c.yaml(10,12)", "FB0029 c.yaml(13,31)"],
            first.Select(d => d.Id + " " + System.IO.Path.GetFileName(d.Path) + "(" + d.Line.ToString(CultureInfo.InvariantCulture) + "," + d.Column.ToString(CultureInfo.InvariantCulture) + ")"));

        foreach (var (name, edit) in Script)
        {
            files = edit(files);
            session.Apply(files);
            session.AssertSameAsColdRun(name);
        }
    }

    /// <summary>A problem in c.yaml that names a place in a.yaml says where that place is now.</summary>
    [Theory]
    [MemberData(nameof(BothForms))]
    public void AProblemFoundAcrossFilesIsAtItsEntryAndNamesTheOtherFilesLineAsItIsNow(bool utf8)
    {
        IReadOnlyDictionary<string, string> files = new Dictionary<string, string> { [PlaceSchemaPath] = PlaceSchema, [APath] = A, [BPath] = B, [CPath] = C };
        var session = new EditSession(files, Form(utf8));
        session.AssertSameAsColdRun("the first run");

        files = With(files, APath, "# moved\n# down\n" + files[APath]);
        session.Apply(files);
        var moved = session.AssertSameAsColdRun("a.yaml moved down");
        Assert.Contains(moved, d => d.Id == "FB0023" && d.Path == CPath && d.Line == 3 && d.Message.Contains("a.yaml(9,9)", StringComparison.Ordinal));
        Assert.Contains(moved, d => d.Id == "FB0024" && d.Path == CPath && d.Line == 5 && d.Message.Contains("a.yaml(9,9)", StringComparison.Ordinal) is false && d.Message.Contains("'C#' at /project/content/a.yaml(7,9)", StringComparison.Ordinal));

        files = With(files, CPath, "\n\n\n" + files[CPath].Replace("name: Dup in c", "name: A duplicate, written in c.yaml", StringComparison.Ordinal));
        session.Apply(files);
        var shifted = session.AssertSameAsColdRun("c.yaml moved down");
        Assert.Contains(shifted, d => d.Id == "FB0023" && d.Path == CPath && d.Line == 6 && d.Column == 9 && d.Message.Contains("a.yaml(9,9)", StringComparison.Ordinal));
        Assert.Contains(shifted, d => d.Id == "FB0023" && d.Path == APath && d.Line == 9 && d.Message.Contains("c.yaml(6,9)", StringComparison.Ordinal));
        Assert.Contains(shifted, d => d.Id == "FB0029" && d.Path == CPath && d.Line == 13 && d.Column == 12);
    }

    /// <summary>The table form follows the project's C# version and framework as they change, between edits.</summary>
    [Fact]
    public void SwitchingTheTableFormBetweenEditsGivesWhatAColdRunGives()
    {
        IReadOnlyDictionary<string, string> files = new Dictionary<string, string> { [PlaceSchemaPath] = PlaceSchema, [APath] = A, [BPath] = B, [CPath] = C };
        var session = new EditSession(files, properties: null);
        var netstandard21 = new Dictionary<string, string> { ["TargetFrameworkIdentifier"] = ".NETStandard", ["TargetFrameworkVersion"] = "v2.1" };
        var steps = new (string Name, IReadOnlyDictionary<string, string>? Properties, Microsoft.CodeAnalysis.CSharp.LanguageVersion Version, bool? Utf8)[]
        {
            ("C# 10 on .NET 10", null, Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp10, false),
            ("C# 9 on .NET 10", null, Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp9, false),
            ("C# 11 on .NET 10", null, Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp11, true),
            ("netstandard2.0", TestContent.StringTables, Microsoft.CodeAnalysis.CSharp.LanguageVersion.Latest, false),
            ("netstandard2.1", netstandard21, Microsoft.CodeAnalysis.CSharp.LanguageVersion.Latest, true),
            ("C# 8, too old", null, Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp8, null),
            ("C# latest again", null, Microsoft.CodeAnalysis.CSharp.LanguageVersion.Latest, true),
        };

        for (var i = 0; i < steps.Length; i++)
        {
            var (name, properties, version, utf8) = steps[i];
            session.Reconfigure(properties, version);
            var diagnostics = session.AssertSameAsColdRun(name);
            files = With(files, APath, files[APath].Replace("name: Alpha", "name: Alpha " + i.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal) + "  - id: added" + i.ToString(CultureInfo.InvariantCulture) + "\n    name: \"\\U0001F389 " + i.ToString(CultureInfo.InvariantCulture) + "\"\n");
            session.Apply(files);
            session.AssertSameAsColdRun(name + ", after an edit");
            var tables = session.Sources.Where(source => source.HintName.Contains(".Table", StringComparison.Ordinal)).ToList();
            if (utf8 is null)
            {
                Assert.Contains(diagnostics, d => d.Id == "FB0038");
                Assert.Empty(session.Sources);
            }
            else
            {
                Assert.NotEmpty(tables);
                Assert.All(tables, table => Assert.Contains(utf8.Value ? "private static global::System.ReadOnlySpan<byte> table" : "private const string table", table.Text, StringComparison.Ordinal));

                // What was generated compiles in that C# version.
                var options = new Microsoft.CodeAnalysis.CSharp.CSharpParseOptions(version);
                var compilation = GeneratorHarness.CreateCompilation().AddSyntaxTrees(session.Sources.Select(source => Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(source.Text, options, path: source.HintName, cancellationToken: TestContext.Current.CancellationToken)));
                Assert.Empty(compilation.GetDiagnostics(TestContext.Current.CancellationToken).Where(d => d.Severity == DiagnosticSeverity.Error));
            }
        }
    }

    /// <summary>
    /// Random edits of files that refer to each other (ids that repeat, collide as C# names, are retired or missing),
    /// each compared with a cold run: values, lines, columns, line endings, ids, files added and deleted, the schema.
    /// </summary>
    [Theory]
    [InlineData(true, 1)]
    [InlineData(false, 2)]
    [InlineData(true, 3)]
    [InlineData(false, 4)]
    [InlineData(true, 5)]
    [InlineData(false, 6)]
    public void AfterRandomEditsTheIncrementalRunEqualsAColdRun(bool utf8, int seed)
    {
        var random = new Random(seed);
        string[] paths = [APath, BPath, CPath, DPath];
        var withMembers = PlaceSchema.Replace("    display: name\n", "    display: name\n    members: { \"c#\": CSharpLower, \"київ\": KyivLower }\n", StringComparison.Ordinal);
        IReadOnlyDictionary<string, string> files = new Dictionary<string, string> { [PlaceSchemaPath] = PlaceSchema, [APath] = RandomFile(random), [BPath] = RandomFile(random), [CPath] = RandomFile(random) };
        var session = new EditSession(files, Form(utf8));
        session.AssertSameAsColdRun("the first run");
        for (var step = 0; step < 60; step++)
        {
            var path = paths[random.Next(paths.Length)];
            var before = files.TryGetValue(path, out var text) ? text : null;
            var kind = random.Next(9);
            files = kind switch
            {
                0 when before is not null => Without(files, path),
                1 when before is not null => With(files, path, "# " + step.ToString(CultureInfo.InvariantCulture) + "\n" + before),
                2 when before is not null => With(files, path, before.Replace("name: ", "name: x", StringComparison.Ordinal)),
                3 when before is not null => With(files, path, before.Replace("\n", "\r\n", StringComparison.Ordinal).Replace("\r\r\n", "\r\n", StringComparison.Ordinal)),
                4 when before is not null => With(files, path, MutateOneId(random, before)),
                5 when before is not null => With(files, path, before.Replace("- { id:", "-   { id:", StringComparison.Ordinal).Replace("[", "[ ", StringComparison.Ordinal)),
                6 => With(files, PlaceSchemaPath, files[PlaceSchemaPath] == PlaceSchema ? withMembers : PlaceSchema),
                _ => With(files, path, RandomFile(random)),
            };
            session.Apply(files);
            session.AssertSameAsColdRun("step " + step.ToString(CultureInfo.InvariantCulture) + " (" + kind.ToString(CultureInfo.InvariantCulture) + " on " + path + ")");
        }
    }

    private static readonly string[] IdPool = ["alpha", "beta", "gamma", "C#", "c#", "dup", "old", "new-york", "New York", "Київ", "київ", "🎉"];

    private static string RandomFile(Random random)
    {
        var text = new StringBuilder();
        text.Append(new string('\n', random.Next(3))).Append("places:\n");
        var count = random.Next(1, 6);
        for (var i = 0; i < count; i++)
        {
            var id = IdPool[random.Next(IdPool.Length)];
            if (random.Next(4) == 0)
            {
                text.Append("  - { id: ").Append(YamlText.DoubleQuoted(id)).Append(", name: N").Append(random.Next(100)).Append(", part_of: ").Append(YamlText.DoubleQuoted(IdPool[random.Next(IdPool.Length)])).Append(" }\n");
                continue;
            }

            text.Append("  - id: ").Append(YamlText.DoubleQuoted(id)).Append('\n');
            text.Append("    name: ").Append(random.Next(2) == 0 ? "N" + random.Next(100).ToString(CultureInfo.InvariantCulture) : "|\n      line one\n      line two").Append('\n');
            if (random.Next(2) == 0)
            {
                text.Append("    part_of: ").Append(YamlText.DoubleQuoted(IdPool[random.Next(IdPool.Length)])).Append('\n');
            }

            if (random.Next(3) == 0)
            {
                text.Append("    near: [").Append(YamlText.DoubleQuoted(IdPool[random.Next(IdPool.Length)])).Append(", ").Append(YamlText.DoubleQuoted(IdPool[random.Next(IdPool.Length)])).Append("]\n");
            }

            if (random.Next(4) == 0)
            {
                text.Append("    retired: { reason: r, superseded_by: ").Append(YamlText.DoubleQuoted(IdPool[random.Next(IdPool.Length)])).Append(" }\n");
            }
        }

        return text.ToString();
    }

    private static string MutateOneId(Random random, string text)
    {
        var from = YamlText.DoubleQuoted(IdPool[random.Next(IdPool.Length)]);
        var at = text.IndexOf(from, StringComparison.Ordinal);
        return at < 0 ? text : text.Substring(0, at) + YamlText.DoubleQuoted(IdPool[random.Next(IdPool.Length)]) + text.Substring(at + from.Length);
    }
}
