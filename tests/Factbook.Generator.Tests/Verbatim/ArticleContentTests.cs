using System.IO;

namespace Factbook.Generator.Tests.Verbatim;

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

                var moved = Claims.StrategicAirDefencesMoved;
                var destroyed = Claims.FourSamSystemsDestroyed;
                return string.Join("\n", new[]
                {
                    "place=" + Places.Kaliningrad.Name + " part of " + Places.Kaliningrad.PartOf!.Name,
                    "other names=" + string.Join(",", Places.Kaliningrad.OtherNames),
                    "moved=" + moved.AssertedBy!.Name + "|" + moved.Attribution.ToText() + "|" + moved.SaidIn!.AsWritten + "|" + string.Join(">", moved.ReportedBy.Select(o => o.Name)) + "|" + moved.Certainty.ToText() + "|" + string.Join(",", moved.BasedOn.Select(b => b.Claim.Id + ":" + b.As.ToText())),
                    "destroyed=" + destroyed.Certainty.ToText() + "|" + destroyed.Quantity!.Qualifier.ToText() + " " + destroyed.Quantity.Count + "|" + destroyed.SaidIn!.When.Date + " " + destroyed.SaidIn.When.Known.ToText() + "|" + destroyed.Quantity.Within,
                    "appears=" + string.Join(",", Claims.All.Where(c => c.Certainty == ClaimCertainty.Appears).Select(c => c.Id)),
                    "consensus=" + string.Join(",", Claims.All.Where(c => c.Attribution == ClaimAttribution.UnnamedConsensus).Select(c => c.Id + (c.AssertedBy is null ? " (no asserter)" : ""))),
                    "headline=" + string.Join(",", Claims.All.Where(c => c.Part == ClaimPart.Headline).Select(c => c.Certainty.ToText())),
                    "importance based on=" + string.Join(",", Claims.StrategicImportance.BasedOn.Select(b => b.Claim.Id + ":" + b.As.ToText())),
                    "poland=" + Claims.PolandRevertingName.AssertedBy!.Name + " " + Claims.PolandRevertingName.SaidIn!.When.AsWritten + " " + (Claims.PolandRevertingName.SaidIn.When.Date?.ToString() ?? "undated") + " " + Claims.PolandRevertingName.SaidIn.When.Known.ToText(),
                    "kremlin dated=" + (Claims.KremlinFuriousReaction.Happened is not null),
                    "renamed=" + HistoricalEvents.RenamedKaliningrad.When.Date + "|" + string.Join(",", HistoricalEvents.RenamedKaliningrad.People.Select(p => p.Name)) + "|" + HistoricalEvents.RenamedKaliningrad.AssertedBy!.Name,
                    "history=" + string.Join(",", HistoricalEvents.All.Select(e => e.Id)),
                    "claims about kaliningrad=" + Claims.ByAbout(Places.Kaliningrad).Count,
                    "parts of russia=" + string.Join(",", Places.ByPartOf(Places.Russia).Select(p => p.Id)),
                    "claims asserted by the mod=" + Claims.ByAssertedBy(Organisations.UkMinistryOfDefence).Count,
                    "quotes for moved=" + Quotes.BySupports(moved).Single().Text,
                    "by id=" + Places.Get("baltiysk").PartOf!.Id + "|" + Places.TryGet("atlantis", out _),
                    "unknown=" + unknown,
                    "article=" + Articles.All.Single().Publisher.Name + "|" + Articles.All.Single().Text,
                    "provenance=" + Places.Kaliningrad.Provenance + " " + Claims.FourSamSystemsDestroyed.Provenance,
                });
            }
        }
        """;

    [Fact]
    public void WithoutTheArticleTheOnlyDiagnosticSaysOnceThatQuotesWereNotChecked()
    {
        var run = GeneratorHarness.Run(RepositoryPaths.ContentFiles(), Probe);

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal(("FB0045", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning), (diagnostic.Id, diagnostic.Severity));
        Assert.StartsWith("Quotes and excerpts were not checked word for word (47): Article 'russia-moves-kaliningrad-air-defences' names 'source-article.txt', which is not among", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.EndsWith("article.yaml", diagnostic.Location.GetLineSpan().Path, StringComparison.Ordinal);
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
                "moved=UK Ministry of Defence (MoD)|named source|its latest intelligence update on Sunday|The Independent|likely|exceptional-air-transport-movements:evidence",
                "destroyed=most likely|at least 4|2023-11-02 year from context|a span of a single week",
                "appears=putin-left-no-choice,russian-mod-accepts-risk",
                "consensus=kaliningrad-strategically-sensitive (no asserter)",
                "headline=stated,stated",
                "importance based on=baltic-fleet-in-baltiysk:explanation,ice-free-port:explanation",
                "poland=Poland In May undated words only",
                "kremlin dated=False",
                "renamed=1946|Mikhail Kalinin|The Independent",
                "history=ceded-to-soviet-union,renamed-kaliningrad",
                "claims about kaliningrad=19",
                "parts of russia=kaliningrad",
                "claims asserted by the mod=10",
                "quotes for moved=Russia has likely moved strategic air defence systems from its Baltic coast enclave of Kaliningrad",
                "by id=kaliningrad|False",
                "unknown=No Place in 'places' has the id 'atlantis'.",
                "article=The Independent|source-article.txt",
                "provenance=content/places.yaml:3 content/claims.yaml:161",
            ],
            lines);
    }

    [Fact]
    public void WithTheArticleEveryQuoteAndExcerptIsCheckedAndPasses()
    {
        var run = GeneratorHarness.Run(RepositoryPaths.ContentFiles().Append(ArticleText()), Probe);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Fact]
    public void WithTheArticleAChangedQuoteFailsAtItsLine()
    {
        var files = RepositoryPaths.ContentFiles();
        var claims = files.Single(file => file.Path.EndsWith("claims.yaml", StringComparison.Ordinal));
        var changed = claims with { Text = claims.Text.Replace("text: to backfill recent losses on the Ukraine front", "text: to backfill heavy losses on the Ukraine front", StringComparison.Ordinal) };
        var line = changed.Text.Split('\n').ToList().FindIndex(text => text.Contains("backfill heavy losses", StringComparison.Ordinal)) + 1;

        var run = GeneratorHarness.Run(files.Select(file => file == claims ? changed : file).Append(ArticleText()));

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal(("FB0044", claims.Path, line, 11), (diagnostic.Id, diagnostic.Location.GetLineSpan().Path, diagnostic.Line(), diagnostic.Column()));
        Assert.Equal(
            "'to backfill heavy losses on the Ukraine front' in the field 'text' is not word for word in the text of Quotation 'mod-air-transport-movements' (its text); " +
            "after 'to backfill ' the text goes on 'recent losses on the Ukraine...' and the quote 'heavy losses on the Ukraine...'",
            diagnostic.GetMessage());
    }

    /// <summary>
    /// Every entry of a place, organisation, person or weapon is named in the article, or says in its
    /// background what it adds; claims and events are held to their excerpts by the build itself.
    /// </summary>
    [Fact]
    public void EveryNamedThingIsInTheArticleOrMarkedAsBackground()
    {
        var article = Factbook.Generator.Content.VerbatimCheck.Normalise(SourceArticle());
        var unsupported = new List<string>();
        foreach (var (collection, entry) in Entries("places", "organisations", "people", "weapon_systems"))
        {
            var name = Factbook.Generator.Content.VerbatimCheck.Normalise((string)entry["name"]);
            if (!article.Contains(name, StringComparison.OrdinalIgnoreCase) && !entry.ContainsKey("background"))
            {
                unsupported.Add(collection + "/" + entry["id"] + ": " + name);
            }
        }

        Assert.Empty(unsupported);
    }

    /// <summary>
    /// The hedge vocabulary is closed and means one thing: certainty, attribution and based-on links are the only
    /// places a hedge goes, each hedge word of an excerpt is carried by the matching field, and no statement
    /// repeats an attribution or a hedge in its words.
    /// </summary>
    [Fact]
    public void HedgesAreClosedAndCarriedByTheirFields()
    {
        var schema = Yaml(Path.Combine(RepositoryPaths.Content, "article.schema.yaml"));
        var claimFields = Map(Map(Map(schema["types"])["Claim"])["fields"]);
        var eventFields = Map(Map(Map(schema["types"])["HistoricalEvent"])["fields"]);
        Assert.Equal(["stated", "likely", "most likely", "appears"], Values(claimFields["certainty"]));
        Assert.Equal(["named source", "unnamed consensus", "publisher"], Values(claimFields["attribution"]));
        Assert.Equal(Values(claimFields["certainty"]), Values(eventFields["certainty"]));
        Assert.Equal(Values(claimFields["attribution"]), Values(eventFields["attribution"]));
        Assert.False(claimFields.ContainsKey("hedge") || eventFields.ContainsKey("hedge"), "'hedge' mixed certainty, inference and consensus; it is split into certainty, based_on and attribution");

        var problems = new List<string>();
        foreach (var (collection, entry) in Entries("claims", "historical_events"))
        {
            var id = collection + "/" + entry["id"];
            var excerpt = ((string)entry["excerpt"]).ToLowerInvariant();
            var certainty = entry.TryGetValue("certainty", out var value) ? (string)value : "stated";
            var expected = excerpt.Contains("most likely", StringComparison.Ordinal) ? "most likely"
                : excerpt.Contains("likely", StringComparison.Ordinal) ? "likely"
                : excerpt.Contains("appears", StringComparison.Ordinal) ? "appears"
                : "stated";
            if (certainty != expected)
            {
                problems.Add(id + ": the excerpt says '" + expected + "', the certainty '" + certainty + "'");
            }

            if (excerpt.Contains("suggest", StringComparison.Ordinal) && !entry.ContainsKey("based_on"))
            {
                problems.Add(id + ": the excerpt infers ('suggest') but names no evidence in based_on");
            }

            var consensus = (string)entry["attribution"] == "unnamed consensus";
            if (excerpt.Contains("considered", StringComparison.Ordinal) != consensus)
            {
                problems.Add(id + ": 'considered' and the attribution 'unnamed consensus' go together");
            }

            if (consensus == entry.ContainsKey("asserted_by"))
            {
                problems.Add(id + ": an unnamed consensus has no asserter, and every other attribution has one");
            }

            var statement = ((string)entry[collection == "claims" ? "statement" : "summary"]).ToLowerInvariant();
            foreach (var word in new[] { "likely", "appears", "suggest", "considered", " said", "according to", "reportedly", "allegedly" })
            {
                if (statement.Contains(word, StringComparison.Ordinal))
                {
                    problems.Add(id + ": the statement says '" + word.Trim() + "', which belongs in the certainty, attribution or based_on fields");
                }
            }
        }

        Assert.Empty(problems);
    }

    /// <summary>Every value that is the article's words is checked word for word: one changed letter is FB0044 at its line.</summary>
    [Theory]
    [InlineData("article.yaml", "title: Russia forced to move", "title: Russia forcd to move")]
    [InlineData("article.yaml", "standfirst: Russia has moved valuable", "standfirst: Russia has moved valuble")]
    [InlineData("article.yaml", "as_written: its latest intelligence update on Sunday", "as_written: its latest intelligence update on Sundy")]
    [InlineData("article.yaml", "{ as_written: on Sunday,", "{ as_written: on Sundy,")]
    [InlineData("article.yaml", "as_written: an earlier update on 2 November", "as_written: an earlier updte on 2 November")]
    [InlineData("article.yaml", "as_written: on 2 November,", "as_written: on 2 Novembr,")]
    [InlineData("article.yaml", "as_written: Poland said", "as_written: Poland sad")]
    [InlineData("article.yaml", "as_written: In May,", "as_written: In Mai,")]
    [InlineData("claims.yaml", "as_written: through November 2023", "as_written: through Novembr 2023")]
    [InlineData("claims.yaml", "as_written: in late October 2023", "as_written: in lat October 2023")]
    [InlineData("history.yaml", "as_written: after the Second World War", "as_written: after the Secnd World War")]
    [InlineData("history.yaml", "as_written: In 1946", "as_written: In 1964")]
    [InlineData("organisations.yaml", "role: one of the leaders of the Bolshevik revolution", "role: one of the leeders of the Bolshevik revolution")]
    public void WithTheArticleOneChangedLetterOfAnyAsWrittenValueFailsAtItsLine(string file, string before, string after)
    {
        var files = RepositoryPaths.ContentFiles();
        var original = files.Single(candidate => candidate.Path.EndsWith("/" + file, StringComparison.Ordinal));
        Assert.Contains(before, original.Text, StringComparison.Ordinal);
        var changed = original with { Text = original.Text.Replace(before, after, StringComparison.Ordinal) };
        var line = changed.Text.Split('\n').ToList().FindIndex(text => text.Contains(after, StringComparison.Ordinal)) + 1;

        var run = GeneratorHarness.Run(files.Select(candidate => candidate == original ? changed : candidate).Append(ArticleText()));

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal(("FB0044", original.Path, line), (diagnostic.Id, diagnostic.Location.GetLineSpan().Path, diagnostic.Line()));
    }

    /// <summary>A review marked checked without its verdict, reviewer, date or a source is an error at it; every review of the article starts unchecked, with nothing invented.</summary>
    [Fact]
    public void ACheckedReviewWithoutAVerdictIsALocatedErrorAndNoReviewIsCheckedYet()
    {
        var reviews = new ContentFile("/repo/content/reviews-checked.yaml", "reviews:\n  - id: suwalki-gap-checked\n    claims: [suwalki-gap-links-belarus]\n    status: checked\n    reviewer: A. Checker\n    date: 2026-01-05\n    sources: [{ url: https://example.org/maps }]\n");

        var run = GeneratorHarness.Run(RepositoryPaths.ContentFiles().Append(reviews));

        var diagnostic = Assert.Single(run.FactbookDiagnostics, d => d.Id != "FB0045");
        Assert.Equal(("FB0054", reviews.Path, 2, 9), (diagnostic.Id, diagnostic.Location.GetLineSpan().Path, diagnostic.Line(), diagnostic.Column()));
        Assert.StartsWith("The Review entry 'suwalki-gap-checked' is missing 'verdict', which is required when 'status' is 'checked'", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.All(Entries("reviews"), review => Assert.False(review.Entry.ContainsKey("status") || review.Entry.ContainsKey("verdict"), review.Entry["id"] + " is not unchecked"));
    }

    /// <summary>Each quote is part of the whole quotation it points to, word for word and from word to word; every claim's quote is in one.</summary>
    [Fact]
    public void EachQuoteIsPartOfItsWholeQuotation()
    {
        var quotations = Entries("quotations").ToDictionary(pair => (string)pair.Entry["id"], pair => Factbook.Generator.Content.VerbatimCheck.Normalise((string)pair.Entry["text"]));
        var quotes = Entries("quotes").Select(pair => pair.Entry).ToList();

        Assert.Equal(2, quotations.Count);
        Assert.All(quotes, quote =>
        {
            var whole = quotations[(string)quote["quotation"]];
            var part = Factbook.Generator.Content.VerbatimCheck.Normalise((string)quote["text"]);
            var at = whole.IndexOf(part, StringComparison.Ordinal);
            Assert.True(at >= 0 && (at == 0 || !char.IsLetterOrDigit(whole[at - 1])) && (at + part.Length == whole.Length || !char.IsLetterOrDigit(whole[at + part.Length])), quote["id"] + " is not part of " + quote["quotation"]);
        });
        Assert.Contains(quotations.Values, whole => whole.Contains("suggest that", StringComparison.Ordinal));
    }

    private static ContentFile ArticleText() => new(Path.Combine(Path.GetTempPath(), "factbook-article", "source-article.txt"), SourceArticle());

    private static IEnumerable<(string Collection, Dictionary<object, object> Entry)> Entries(params string[] collections) =>
        Directory.GetFiles(RepositoryPaths.Content, "*.yaml")
            .Where(path => !path.EndsWith(".schema.yaml", StringComparison.Ordinal))
            .OrderBy(path => path, StringComparer.Ordinal)
            .SelectMany(path => Yaml(path).Where(pair => collections.Contains((string)pair.Key)).SelectMany(pair => ((List<object>)pair.Value).Select(entry => ((string)pair.Key, Map(entry)))));

    private static Dictionary<object, object> Yaml(string path) =>
        new YamlDotNet.Serialization.DeserializerBuilder().Build().Deserialize<Dictionary<object, object>>(File.ReadAllText(path));

    private static Dictionary<object, object> Map(object value) => (Dictionary<object, object>)value;

    private static List<string> Values(object field) => ((List<object>)Map(field)["values"]).Cast<string>().ToList();

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
