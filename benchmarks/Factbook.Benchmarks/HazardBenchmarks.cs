using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Factbook.Generator;
using Factbook.Generator.Content;
using Factbook.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Factbook.Benchmarks;

/// <summary>
/// Content shaped to find quadratic work: many misspelt references, a long chain of references, many
/// unknown ids in code. Each figure is one full check (the generator's steps through ContentLoader, or
/// the analyzer over a compilation) at the sizes where the old code took tens of seconds.
/// </summary>
public static class HazardBenchmarks
{
    private const string Schema = """
        types:
          Place:
            fields:
              name: string
              part_of: { type: Place, optional: true }
        """;

    public static void Run(Action<string, double, string> report)
    {
        foreach (var count in new[] { 300, 600 })
        {
            report($"hazard_dangling_{count}_refs_200_char_ids", Check(DanglingLongIds(count)), "ms");
        }

        report("hazard_rename_referenced_by_5000", Check(RenamedTarget(5_000)), "ms");
        report("hazard_chain_20000", Check(Chain(20_000)), "ms");
        report("hazard_analyzer_2000_unknown_ids_over_5000", UnknownIdsInCode(5_000, 2_000), "ms");
        report("hazard_verbatim_20000_near_misses_over_400k_chars", VerbatimNearMisses(20_000, 400_000), "ms");
        report("verbatim_10000_quotes_over_1m_chars", VerbatimQuotes(10_000, 1_000_000), "ms");
        report("hazard_files_64_patterns_of_500_chars_over_1500_files", FilePatterns(64, 1_500), "ms");
        var (cold, edit) = VerbatimEdit(20_000, 4_000_000);
        report("verbatim_20000_quotes_over_4m_chars_cold", cold, "ms");
        report("verbatim_20000_quotes_over_4m_chars_one_quote_edited", edit, "ms");
    }

    /// <summary>
    /// The check of 20,000 quotes over a long text, then again with one quote edited and the text the same object,
    /// as the pipeline hands it on: the edit searches for the edited quote alone.
    /// </summary>
    private static (double Cold, double Edit) VerbatimEdit(int quotes, int textChars)
    {
        var words = Enumerable.Range(0, textChars / 8).Select(i => "w" + ((i * 7919) % 100_003).ToString(CultureInfo.InvariantCulture)).ToArray();
        var text = string.Join(" ", words);
        var citations = Enumerable.Range(0, quotes).Select(i => Citation(string.Join(" ", words.Skip((i * 131) % (words.Length - 12)).Take(12)), i)).ToList();
        var documents = new[] { new DocumentText("Source", "book", "book.txt", "/content/sources.yaml", new Factbook.Generator.Model.SourceSpan(0, 8, 1, 10, 1, 18)) };
        var file = VerbatimCheck.Read("/texts/book.txt", () => text, text.Length, int.MaxValue);
        var cold = Measurement.Of(() => VerbatimCheck.Check(citations, documents, new[] { file with { } }), 3).Milliseconds;
        VerbatimCheck.Check(citations, documents, new[] { file });
        var round = 0;
        var edit = Measurement.Of(
            () =>
            {
                citations[7] = Citation("edited " + (round++).ToString(CultureInfo.InvariantCulture), 7);
                VerbatimCheck.Check(citations, documents, new[] { file });
            },
            3).Milliseconds;
        return (cold, edit);
    }

    /// <summary>
    /// A type with the most patterns a schema may give, each 500 characters with the most wildcards allowed,
    /// against files that share their long start (2,000 such patterns over 1,500 files once took 258 s).
    /// </summary>
    private static double FilePatterns(int patterns, int files)
    {
        var folder = new string('x', 460);
        var schema = "types:\n  Thing:\n    layout: record\n    files:\n" +
            string.Concat(Enumerable.Range(0, patterns).Select(i => $"      - \"{folder}/*a*a*a*a*a*a*{i}*b.yml\"\n")) +
            "    fields:\n      name: string\n";
        var content = Enumerable.Range(0, files).Select(i => ($"/content/{folder}/{new string('a', 30)}{i}b.yml", "name: N\n"));
        var all = new[] { ("/content/things.schema.yaml", schema) }.Concat(content).ToList();
        ContentLoader.Load(all, ParseLimits.Default); // warm
        return Measurement.Of(() => ContentLoader.Load(all, ParseLimits.Default), 3).Milliseconds;
    }

    /// <summary>
    /// Quotes of 2,000 characters that each miss by their last word, over a text of one repeated word: a naive
    /// search compares every quote at every place.
    /// </summary>
    private static double VerbatimNearMisses(int quotes, int textChars)
    {
        var text = string.Concat(Enumerable.Repeat("a ", textChars / 2));
        var citations = Enumerable.Range(0, quotes).Select(i => Citation(string.Concat(Enumerable.Repeat("a ", 999 - (i % 7))) + "b", i)).ToList();
        return CheckVerbatim(text, citations);
    }

    /// <summary>Quotes taken from a text of prose-like words, a tenth of them changed by one word.</summary>
    private static double VerbatimQuotes(int quotes, int textChars)
    {
        var words = Enumerable.Range(0, textChars / 8).Select(i => "w" + ((i * 7919) % 100_003).ToString(CultureInfo.InvariantCulture)).ToArray();
        var text = string.Join(" ", words);
        var citations = Enumerable.Range(0, quotes).Select(i =>
        {
            var start = (i * 131) % (words.Length - 12);
            var quote = words.Skip(start).Take(12).ToArray();
            if (i % 10 == 0)
            {
                quote[6] = "changed";
            }

            return Citation(string.Join(" ", quote), i);
        }).ToList();
        return CheckVerbatim(text, citations);
    }

    private static Citation Citation(string text, int line) =>
        new("/content/quotes.yaml", text, "Source", "book", "words", new Factbook.Generator.Model.SourceSpan(line * 40, 10, line, 4, line, 14));

    private static double CheckVerbatim(string text, System.Collections.Generic.List<Citation> citations)
    {
        var documents = new[] { new DocumentText("Source", "book", "book.txt", "/content/sources.yaml", new Factbook.Generator.Model.SourceSpan(0, 8, 1, 10, 1, 18)) };
        var texts = new[] { VerbatimCheck.Read("/texts/book.txt", () => text, text.Length, int.MaxValue) };
        VerbatimCheck.Check(citations, documents, texts); // warm
        // A copy of the text each time: the verdicts kept with a text would make every run after the first a lookup.
        return Measurement.Of(() => VerbatimCheck.Check(citations, documents, texts.Select(file => file with { }).ToArray()), 3).Milliseconds;
    }

    /// <summary>Entries with 200-character ids, each referring to a misspelling of another's.</summary>
    private static string DanglingLongIds(int count)
    {
        var ids = Enumerable.Range(0, count).Select(LongId).ToList();
        return "places:\n" + string.Concat(ids.Select((id, i) => $"  - id: {id}\n    name: P\n    part_of: {Misspell(ids[(i + 1) % count])}\n"));
    }

    /// <summary>One place that thousands refer to, renamed: every reference now dangles with the same misspelling.</summary>
    private static string RenamedTarget(int referrers) =>
        "places:\n  - id: kaliningrad-oblast\n    name: K\n" +
        string.Concat(Enumerable.Range(0, referrers).Select(i => $"  - id: p{i}\n    name: P\n    part_of: kaliningrad\n"));

    /// <summary>Each entry part of the next; the last part of one that does not exist, so the whole chain is left out.</summary>
    private static string Chain(int count) =>
        "places:\n" + string.Concat(Enumerable.Range(0, count).Select(i => $"  - id: p{i}\n    name: P\n    part_of: {(i + 1 < count ? "p" + (i + 1) : "nowhere")}\n"));

    private static double Check(string content)
    {
        var files = new[] { ("/content/places.schema.yaml", Schema), ("/content/places.yaml", content) };
        ContentLoader.Load(files, ParseLimits.Default); // warm
        return Measurement.Of(() => ContentLoader.Load(files, ParseLimits.Default), 3).Milliseconds;
    }

    /// <summary>The string-id analyzer over code with <paramref name="calls"/> ids that are not in the content.</summary>
    private static double UnknownIdsInCode(int ids, int calls)
    {
        var content = new Workload.TextFile("/content/places.yaml", "places:\n" + string.Concat(Enumerable.Range(0, ids).Select(i => $"  - id: place-{i:D5}\n    name: P\n")));
        var schema = new Workload.TextFile("/content/places.schema.yaml", Schema);
        var code = "namespace Bench { public static class Uses { public static void Run() {\n" +
            string.Concat(Enumerable.Range(0, calls).Select(i => $"        _ = Bench.Content.Places.Get(\"plase-{i:D5}\");\n")) + "} } }";
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(System.IO.Path.PathSeparator)
            .Where(path => System.IO.Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || System.IO.Path.GetFileName(path) is "netstandard.dll")
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path));
        var compilation = CSharpCompilation.Create("Bench", [CSharpSyntaxTree.ParseText(code, parse)], references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        CSharpGeneratorDriver.Create([new FactbookGenerator().AsSourceGenerator()], [schema, content], parse)
            .RunGeneratorsAndUpdateCompilation(compilation, out var generated, out _);
        var options = new AnalyzerOptions(ImmutableArray.Create<AdditionalText>(schema, content));
        int Analyze() => generated.WithAnalyzers([new StringIdAnalyzer()], options).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult().Count(d => d.Id == "FB0040");
        var found = Analyze();
        if (found != calls)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"Expected {calls} FB0040, got {found}."));
        }

        return Measurement.Of(() => Analyze(), 3).Milliseconds;
    }

    private static string LongId(int i) =>
        "p" + i.ToString("D5", CultureInfo.InvariantCulture) + "-" + string.Concat(Enumerable.Range(0, 193).Select(j => (char)('a' + ((i * 7 + j * 13) % 26))));

    private static string Misspell(string id) => id.Substring(0, 100) + "x" + id.Substring(101);
}
