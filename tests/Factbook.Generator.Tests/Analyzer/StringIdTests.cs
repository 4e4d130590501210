using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using static Factbook.Generator.Tests.Infrastructure.BindingFixtures;
using static Factbook.Generator.Tests.Infrastructure.RunFixtures;

namespace Factbook.Generator.Tests.Analyzer;

/// <summary>Ids written as strings in C# are checked against the content like generated members are.</summary>
public class StringIdTests
{
    private const string Content = "places:\n  - id: russia\n    name: Russia\n    kind: country\n  - id: moscow\n    name: Moscow\n    kind: city\n    part_of: russia\n  - id: broken\n    name: Broken\n    kind: town\n  - id: New York\n    name: New York\n    kind: city\n";

    private const string Consumer = """
        using Test.Content;

        public static class Uses
        {
            public static object A() => Places.Get("moscwo");
            public static bool B(string id) => Places.TryGet("rusia", out _) || Places.TryGet(id, out _);
            public static object C() => Places.Get("moscow");
            public static object D() => Places.Get("broken") ?? Places.Get("New York");
            [PlaceRef("kaliningard")]
            public static void E([PlaceRef("russia")] string place) { }
            public static object F() => Places.Get(nameof(Places) + "x");
        }
        """;

    [Fact]
    public void AMisspeltIdIsAnErrorAtTheLiteralWithTheClosestId()
    {
        var files = new[] { TestContent.Schema(), TestContent.Places(Content) };
        var run = GeneratorHarness.Run(files, Consumer);

        var diagnostics = Analyze(run, files);

        Assert.Equal(
            [
                ("FB0040", 5, 44, "'moscwo' is not the id of any Place in 'places' (did you mean 'moscow'?)"),
                ("FB0040", 6, 54, "'rusia' is not the id of any Place in 'places' (did you mean 'russia'?)"),
                ("FB0040", 9, 15, "'kaliningard' is not the id of any Place in 'places'"),
                ("FB0040", 11, 44, "'Placesx' is not the id of any Place in 'places'"),
            ],
            diagnostics.Select(d => (d.Id, d.Line(), d.Column(), d.GetMessage(System.Globalization.CultureInfo.InvariantCulture))));
        Assert.Equal("moscow", diagnostics[0].Properties[StringIdAnalyzer.SuggestionProperty]);
    }

    [Fact]
    public void NamedArgumentsAreCheckedAndTheUsersOwnOverloadsAreNot()
    {
        const string code = """
            using Test.Content;

            namespace Test.Content
            {
                public static partial class Places
                {
                    public static Place? Get(string id, bool orNull) => TryGet(id, out var place) ? place : null;
                }
            }

            public static class Uses
            {
                public static bool A() => Places.TryGet(entry: out var e, id: "bogus");
                public static object? B() => Places.Get("anything", true);
            }
            """;
        var files = new[] { TestContent.Schema(), TestContent.Places(Content) };
        var run = GeneratorHarness.Run(files, code);
        Assert.Empty(run.CompilationDiagnostics);

        var diagnostic = Assert.Single(Analyze(run, files));

        Assert.Equal(("FB0040", 13, 67), (diagnostic.Id, diagnostic.Line(), diagnostic.Column()));
    }

    [Fact]
    public void TheIdsAreReadFromTheGeneratedCodeNotFromTheYamlAgain()
    {
        var files = new[] { TestContent.Schema(), TestContent.Places(Content) };
        var run = GeneratorHarness.Run(files, Consumer);

        var withFiles = Analyze(run, files).Select(d => d.ToString());
        var withoutFiles = Analyze(run, []).Select(d => d.ToString());

        Assert.Equal(4, withoutFiles.Count());
        Assert.Equal(withFiles, withoutFiles);
    }

    [Fact]
    public void RaisedLimitsAreHonoured()
    {
        // A value over the default limit of 1,000,000 characters, in a project that raised it: the generator
        // takes the entry, and so must the analyzer (which once re-read the YAML with the default limits).
        var files = new[] { TestContent.Schema(), TestContent.Places("places:\n  - id: long\n    name: " + new string('x', 1_200_000) + "\n    kind: city\n") };
        var run = GeneratorHarness.Run(files, "public static class Uses { public static object A() => Test.Content.Places.Get(\"long\"); }", properties: new System.Collections.Generic.Dictionary<string, string> { ["FactbookMaxScalarChars"] = "2000000" });
        Assert.Empty(run.GeneratorDiagnostics);

        Assert.Empty(Analyze(run, files));
    }

    [Fact]
    public void AnIdInAnotherProjectsContentIsNotGuessed()
    {
        const string code = "namespace Test.Content { public static partial class Places { public static object Get(string id) => id; } }\npublic static class Uses { public static object A() => Test.Content.Places.Get(\"anything\"); }";
        var run = GeneratorHarness.Run([], code);

        Assert.Empty(Analyze(run, []));
    }

    [Fact]
    public async System.Threading.Tasks.Task TheAnalyzerKnowsNaturalIdsAndTheirMembers()
    {
        var schema = "types:\n  Thing:\n    files: things.yml\n    layout: map\n    members: { \"c#\": CSharpLower }\n    fields:\n      name: string\n";
        var content = "\"C#\":\n  name: A\n\"c#\":\n  name: B\n\"Київ\":\n  name: C\n\"say \\\"hi\\\"\":\n  name: D\n";
        var consumer = "public static class Uses { public static object A() => Test.Content.Things.Get(\"C#\"); public static object B() => Test.Content.Things.Get(\"c #\"); public static object C() => Test.Content.Things.Get(\"say \\\"hi\\\"\"); public static object D() => Test.Content.Things.Get(\"Київ\"); public static object E() => Test.Content.Things.Get(\"Kиїв\"); }";
        var files = new[] { new ContentFile(SchemaPath, schema), new ContentFile(ThingsPath, content) };

        var run = GeneratorHarness.Run(files, consumer);

        AssertCleanRun(run);
        var analyzed = run.Output.WithAnalyzers([new StringIdAnalyzer()], new AnalyzerOptions(files.Select(file => (AdditionalText)new InMemoryAdditionalText(file.Path, file.Text)).ToImmutableArray()));
        var diagnostics = (await analyzed.GetAnalyzerDiagnosticsAsync(TestContext.Current.CancellationToken)).OrderBy(d => d.Location.SourceSpan.Start).ToList();
        Assert.Equal(["FB0040", "FB0040"], diagnostics.Select(d => d.Id));
        var members = new Dictionary<string, string> { ["C#"] = "CSharp", ["c#"] = "CSharpLower" };
        Assert.Equal(members[diagnostics[0].Properties[StringIdAnalyzer.SuggestionProperty]!], diagnostics[0].Properties[StringIdAnalyzer.MemberProperty]);
        Assert.Equal("Київ", diagnostics[1].Properties[StringIdAnalyzer.SuggestionProperty]);
        Assert.Equal("Київ", diagnostics[1].Properties[StringIdAnalyzer.MemberProperty]);
    }

    private static ImmutableArray<Diagnostic> Analyze(GeneratorRun run, ContentFile[] files)
    {
        var options = new AnalyzerOptions(files.Select(file => (AdditionalText)new InMemoryAdditionalText(file.Path, file.Text)).ToImmutableArray());
        var analyzed = run.Output.WithAnalyzers([new StringIdAnalyzer()], options);
        return analyzed.GetAnalyzerDiagnosticsAsync(TestContext.Current.CancellationToken).GetAwaiter().GetResult()
            .OrderBy(d => d.Location.SourceSpan.Start)
            .ToImmutableArray();
    }
}
