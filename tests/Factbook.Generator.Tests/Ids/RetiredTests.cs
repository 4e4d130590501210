using System.Reflection;
using Microsoft.CodeAnalysis;
using static Factbook.Generator.Tests.Infrastructure.RunFixtures;

namespace Factbook.Generator.Tests.Ids;

/// <summary>
/// A retired entry keeps its id working, leaves All, makes every use in C# a compiler warning that names the
/// replacement, and makes every reference from content an FB warning.
/// </summary>
public class RetiredTests
{
    private const string Content = """
        places:
          - id: kaliningrad
            name: Kaliningrad
            kind: city
          - id: koenigsberg
            name: Koenigsberg
            kind: city
            retired: { reason: renamed in 1946, superseded_by: kaliningrad }
          - id: baltiysk
            name: Baltiysk
            kind: city
            part_of: koenigsberg
        """;

    [Fact]
    public void ARetiredEntryIsObsoleteInCodeAndOutOfAll()
    {
        var run = GeneratorHarness.Run([TestContent.Schema(), TestContent.Places(Content)], """
            using System.Linq;
            using Test.Content;

            public static class Probe
            {
                public static string Run()
                {
                    var old = Places.Koenigsberg;
                    return string.Join("|", Places.Count, string.Join(",", Places.All.Select(p => p.Id)), string.Join(",", Places.AllIncludingRetired.Select(p => p.Id)),
                        old.IsRetired, old.RetirementReason, old.SupersededBy!.Id, Places.Get("koenigsberg").Id, Places.Kaliningrad.IsRetired, Places.ByPartOf(old).Count);
                }
            }
            """);

        var warning = Assert.Single(run.FactbookDiagnostics);
        Assert.Equal(("FB0034", DiagnosticSeverity.Warning, 12, 14), (warning.Id, warning.Severity, warning.Line(), warning.Column()));
        Assert.Contains("retired Place 'koenigsberg'; use 'kaliningrad' instead", warning.GetMessage(), System.StringComparison.Ordinal);
        var obsolete = Assert.Single(run.CompilationDiagnostics);
        Assert.Equal("CS0618", obsolete.Id);
        Assert.Contains("Retired: renamed in 1946. Superseded by Places.Kaliningrad.", obsolete.GetMessage(), System.StringComparison.Ordinal);
        Assert.Equal("2|kaliningrad,baltiysk|kaliningrad,koenigsberg,baltiysk|True|renamed in 1946|kaliningrad|koenigsberg|False|1", run.Invoke("Probe", "Run"));
    }

    [Fact]
    public void ASupersedingIdThatDoesNotExistIsAnError()
    {
        var run = GeneratorHarness.Run(TestContent.Schema(), TestContent.Places(Content.Replace("superseded_by: kaliningrad", "superseded_by: kalinigrad", System.StringComparison.Ordinal)));

        var error = run.FactbookDiagnostics.Single(d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(("FB0029", 8, 56), (error.Id, error.Line(), error.Column()));
        Assert.Contains("did you mean 'kaliningrad'?", error.GetMessage(), System.StringComparison.Ordinal);
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Fact]
    public void ARetiredEntryNamesTheMemberOfANaturalIdThatSupersedesIt()
    {
        var schema = "types:\n  Language:\n    files: languages.yml\n    layout: map\n    members: { \"F#\": FSharpLang }\n    fields:\n      name: string\n";
        var content = "\"C#\":\n  name: C Sharp\n\"F#\":\n  name: F Sharp\n\"C# 1\":\n  name: old\n  retired: { reason: renamed, superseded_by: \"C#\" }\n\"F# 1\":\n  name: old\n  retired: { reason: renamed, superseded_by: \"F#\" }\n";

        var run = GeneratorHarness.Run(new ContentFile("/project/content/languages.schema.yaml", schema), new ContentFile("/project/content/languages.yml", content));

        AssertNothingEscaped(run);
        var languages = run.Load().GetType(Namespace + ".Languages")!;
        string Obsolete(string member) => languages.GetProperty(member)!.GetCustomAttribute<ObsoleteAttribute>()!.Message!;
        Assert.Contains("Languages.CSharp.", Obsolete("CSharp1"), StringComparison.Ordinal);
        Assert.Contains("Languages.FSharpLang.", Obsolete("FSharp1"), StringComparison.Ordinal);
    }
}
