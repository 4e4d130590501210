using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using static Factbook.Generator.Tests.Infrastructure.TableFixtures;

namespace Factbook.Generator.Tests.Analyzer;

/// <summary>
/// The string-id analyzer over both table forms: it reads natural ids beyond ASCII from the generated tables, leaves
/// an id the generator refused to FB0022, and knows a collection with no entries has no ids.
/// </summary>
public class StringIdBothFormsTests
{
    /// <summary>UTF-8 tables and string tables: <see cref="TableFixtures.BothForms"/>.</summary>
    public static TheoryData<bool> BothForms => TableFixtures.BothForms;

    [Theory]
    [MemberData(nameof(BothForms))]
    public void TheAnalyzerKnowsNaturalIdsInBothForms(bool utf8)
    {
        var content = "notes:\n" + string.Concat(NaturalIds.Select(pair => "  - id: " + pair.Yaml + "\n    text: t\n")) + "  - id: \"\uD800\"\n    text: refused\n";
        var known = NaturalIds.Select(pair => pair.Id).ToList();
        var consumer = new StringBuilder("using Test.Content;\npublic static class Uses\n{\n");
        for (var i = 0; i < known.Count; i++)
        {
            consumer.Append("    [NoteRef(").Append(CSharpLiteral(known[i])).Append(")] public static object K").Append(i).Append("() => Notes.Get(").Append(CSharpLiteral(known[i])).Append(");\n");
            consumer.Append("    public static bool T").Append(i).Append("() => Notes.TryGet(").Append(CSharpLiteral(known[i])).Append(", out _);\n");
        }

        // The refused id is not flagged again (FB0022 says it); the others are unknown.
        consumer.Append("    public static object R() => Notes.Get(\"\\uD800\");\n");
        consumer.Append("    public static object U1() => Notes.Get(\"Kиїв\");\n");
        consumer.Append("    public static object U2() => Notes.Get(\"\\uD83C\\uDF8A\");\n");
        consumer.Append("    [NoteRef(\"\\uDC00\")] public static object U3() => Notes.Get(\"unknown\");\n");
        consumer.Append("}\n");
        var files = new[] { new ContentFile(SchemaPath, NoteSchema), new ContentFile(NotesPath, content) };

        var run = GeneratorHarness.Run(files, consumer.ToString(), properties: Form(utf8));

        Assert.Equal(["FB0022"], run.GeneratorDiagnostics.Select(d => d.Id));
        Assert.Empty(run.CompilationDiagnostics);
        AssertTableForm(run, utf8);
        var diagnostics = Analyze(run);
        var unknown = diagnostics.Select(d => (d.Id, d.Location.SourceTree!.GetText(TestContext.Current.CancellationToken).ToString(d.Location.SourceSpan))).ToList();
        Assert.Equal([("FB0040", "\"Kиїв\""), ("FB0040", "\"\\uD83C\\uDF8A\""), ("FB0040", "\"\\uDC00\""), ("FB0040", "\"unknown\"")], unknown);
        Assert.Equal("Київ", diagnostics[0].Properties[StringIdAnalyzer.SuggestionProperty]);
        Assert.Equal("Київ", diagnostics[0].Properties[StringIdAnalyzer.MemberProperty]);
        Assert.All(diagnostics, d => Assert.False(Emit.TableFormat.HasLoneSurrogate(d.GetMessage(CultureInfo.InvariantCulture)), "the message holds half a character"));
    }

    /// <summary>A collection with no entries has an empty id list ("" as UTF-8 data): every id in code is unknown.</summary>
    [Theory]
    [MemberData(nameof(BothForms))]
    public void TheAnalyzerKnowsACollectionWithNoEntriesHasNoIds(bool utf8)
    {
        var files = new[] { new ContentFile(SchemaPath, NoteSchema + "\n  Empty:\n    fields:\n      name: string\n"), new ContentFile(NotesPath, "notes:\n  - id: a\n    text: t\n") };
        const string consumer = "public static class Uses { public static object A() => Test.Content.Empties.Get(\"a\"); public static bool B() => Test.Content.Empties.TryGet(\"\", out _) && Test.Content.Notes.TryGet(\"a\", out _); }";

        var run = GeneratorHarness.Run(files, consumer, properties: Form(utf8));

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
        var diagnostics = Analyze(run);
        Assert.Equal([("FB0040", "'a' is not the id of any Empty in 'empties'"), ("FB0040", "'' is not the id of any Empty in 'empties'")], diagnostics.Select(d => (d.Id, d.GetMessage(CultureInfo.InvariantCulture))));
    }

    /// <summary>A C# string literal of any text, everything outside printable ASCII escaped.</summary>
    private static string CSharpLiteral(string text) =>
        "\"" + string.Concat(text.Select(c => c is '"' or '\\' ? "\\" + c : c >= ' ' && c <= '~' ? c.ToString() : "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture))) + "\"";

    private static ImmutableArray<Diagnostic> Analyze(GeneratorRun run)
    {
        var analyzed = run.Output.WithAnalyzers([new StringIdAnalyzer()], new AnalyzerOptions([]));
        return analyzed.GetAnalyzerDiagnosticsAsync(TestContext.Current.CancellationToken).GetAwaiter().GetResult()
            .OrderBy(d => d.Location.SourceSpan.Start)
            .ToImmutableArray();
    }
}
