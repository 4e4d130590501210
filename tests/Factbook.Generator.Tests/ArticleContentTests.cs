using System;
using System.Collections.Generic;
using System.Linq;
using Factbook.Generator.Tests.Infrastructure;
using Xunit;

namespace Factbook.Generator.Tests;

/// <summary>The real <c>content/</c>: it generates cleanly, and the generated code says what the article says.</summary>
public class ArticleContentTests
{
    private const string Probe = """
        using System.Linq;
        using Test.Content;

        public static class Probe
        {
            public static string Run()
            {
                string unknown;
                try
                {
                    Places.Get("atlantis");
                    unknown = "no exception";
                }
                catch (System.Collections.Generic.KeyNotFoundException exception)
                {
                    unknown = exception.Message;
                }

                var moved = Claims.AirDefencesMovedFromKaliningrad;
                var destroyed = Claims.FourSamSystemsDestroyed;
                return string.Join("\n", new[]
                {
                    "place=" + Places.Kaliningrad.Name + " part of " + Places.Kaliningrad.PartOf!.Name,
                    "other names=" + string.Join(",", Places.Kaliningrad.OtherNames),
                    "moved=" + moved.Source.Name + "|" + moved.Hedge.ToText(),
                    "destroyed=" + destroyed.Hedge.ToText() + "|" + destroyed.Quantity!.Qualifier.ToText() + " " + destroyed.Quantity.Count + "|" + destroyed.SaidOn + "|" + destroyed.Quantity.Within,
                    "appears=" + string.Join(",", Claims.All.Where(c => c.Hedge == ClaimHedge.Appears).Select(c => c.Id)),
                    "renamed=" + HistoricalEvents.RenamedKaliningrad.Date + "|" + string.Join(",", HistoricalEvents.RenamedKaliningrad.People.Select(p => p.Name)),
                    "krolewiec=" + HistoricalEvents.KrolewiecOnPolishMaps.Date + "|" + HistoricalEvents.KrolewiecOnPolishMaps.Date!.Value.IsFullDate,
                    "claims about kaliningrad=" + Claims.ByAbout(Places.Kaliningrad).Count,
                    "parts of russia=" + string.Join(",", Places.ByPartOf(Places.Russia).Select(p => p.Id)),
                    "claims by the mod=" + Claims.BySource(Organisations.UkMinistryOfDefence).Count,
                    "quotes for moved=" + Quotes.BySupports(moved).Single().Text,
                    "by id=" + Places.Get("baltiysk").PartOf!.Id + "|" + Places.TryGet("atlantis", out _),
                    "unknown=" + unknown,
                    "article=" + Articles.All.Single().Publisher.Name,
                    "provenance=" + Places.Kaliningrad.Provenance + " " + Claims.FourSamSystemsDestroyed.Provenance,
                });
            }
        }
        """;

    [Fact]
    public void GeneratesCodeThatCompilesWithoutDiagnostics()
    {
        var run = GeneratorHarness.Run(RepositoryPaths.ContentFiles(), Probe);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Fact]
    public void KeepsTheArticlesAttributionHedgingAndNumbers()
    {
        var run = GeneratorHarness.Run(RepositoryPaths.ContentFiles(), Probe, properties: InThisRepository);

        var lines = ((string)run.Invoke("Probe", "Run")!).Split('\n');

        Assert.Equal(
            [
                "place=Kaliningrad part of Russia",
                "other names=Krolewiec,Koenigsberg",
                "moved=UK Ministry of Defence (MoD)|likely",
                "destroyed=most likely|at least 4|2023-11-02|a span of a single week",
                "appears=putin-left-no-choice,russia-accepts-additional-risk",
                "renamed=1946|Mikhail Kalinin",
                "krolewiec=2023-05|False",
                "claims about kaliningrad=12",
                "parts of russia=kaliningrad,moscow",
                "claims by the mod=5",
                "quotes for moved=Russia has likely moved strategic air defence systems from its Baltic coast enclave of Kaliningrad",
                "by id=kaliningrad|False",
                "unknown=No Place in 'places' has the id 'atlantis'.",
                "article=The Independent",
                "provenance=content/places.yaml:2 content/claims.yaml:35",
            ],
            lines);
    }

    [Fact]
    public void QuotesAreVerbatimFromTheArticle()
    {
        var article = SourceArticle();
        var run = GeneratorHarness.Run(RepositoryPaths.ContentFiles(), """
            public static class Probe
            {
                public static string Run() => string.Join("\n", System.Linq.Enumerable.Select(Test.Content.Quotes.All, q => q.Text))
                    + "\n" + Test.Content.Articles.RussiaMovesKaliningradAirDefences.Title
                    + "\n" + Test.Content.Articles.RussiaMovesKaliningradAirDefences.Standfirst;
            }
            """);

        var quoted = ((string)run.Invoke("Probe", "Run")!).Split('\n');

        Assert.Equal(5, quoted.Length);
        Assert.All(quoted, quote => Assert.Contains(quote, article, StringComparison.Ordinal));
    }

    /// <summary>
    /// The article's text is not in the repository (it is not ours to publish): the tests that compare with it
    /// read it from the file named by FACTBOOK_SOURCE_ARTICLE (.ci/run sets it when ../shared/source-article.txt
    /// exists) and are reported as skipped, with the reason, without it.
    /// </summary>
    private static string SourceArticle()
    {
        var path = Environment.GetEnvironmentVariable("FACTBOOK_SOURCE_ARTICLE");
        if (string.IsNullOrEmpty(path))
        {
            Assert.Skip("Needs the article's text: set FACTBOOK_SOURCE_ARTICLE to the path of source-article.txt (.ci/run does when ../shared/source-article.txt exists).");
        }

        if (!System.IO.File.Exists(path))
        {
            Assert.Skip("Needs the article's text: FACTBOOK_SOURCE_ARTICLE names " + path + ", which does not exist.");
        }

        return System.IO.File.ReadAllText(path);
    }

    private static readonly Dictionary<string, string> InThisRepository = new() { ["ProjectDir"] = RepositoryPaths.Root() + "/" };

    [Fact]
    public void ProvenanceIsTheSameOnEveryMachine()
    {
        var root = RepositoryPaths.Root();
        var files = RepositoryPaths.ContentFiles();

        var here = GeneratorHarness.Run(files, properties: InThisRepository).Sources;
        var elsewhere = GeneratorHarness.Run(
            files.Select(f => f with { Path = "/home/someone/factbook" + f.Path.Substring(root.Length) }),
            properties: new Dictionary<string, string> { ["ProjectDir"] = "/home/someone/factbook/" }).Sources;
        var onWindows = GeneratorHarness.Run(
            files.Select(f => f with { Path = @"C:\src\factbook" + f.Path.Substring(root.Length).Replace('/', '\\') }),
            properties: new Dictionary<string, string> { ["ProjectDir"] = @"C:\src\factbook\" }).Sources;

        Assert.Equal(here, elsewhere);
        Assert.Equal(here, onWindows);
        Assert.All(here, source => Assert.DoesNotContain(root, source.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void OutputIsTheSameInAnyFileOrderWithAnyLineEnding()
    {
        var files = RepositoryPaths.ContentFiles();
        var baseline = GeneratorHarness.Run(files).Sources;

        var reversed = GeneratorHarness.Run(files.Reverse().ToArray()).Sources;
        var crlfWithBom = GeneratorHarness.Run(files.Select(f => f with { Text = "\uFEFF" + f.Text.Replace("\n", "\r\n") }).ToArray()).Sources;

        Assert.NotEmpty(baseline);
        Assert.Equal(baseline, reversed);
        Assert.Equal(baseline, crlfWithBom);
    }
}
