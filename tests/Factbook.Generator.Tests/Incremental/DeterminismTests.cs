using static Factbook.Generator.Tests.Infrastructure.TableFixtures;

namespace Factbook.Generator.Tests.Incremental;

/// <summary>
/// The same sources in any file order and with any line ending, in both table forms; a file given twice is read once,
/// or, given with two different texts, left out with FB0050 while the other files keep their problems.
/// </summary>
public class DeterminismTests
{
    /// <summary>UTF-8 tables and string tables: <see cref="TableFixtures.BothForms"/>.</summary>
    public static TheoryData<bool> BothForms => TableFixtures.BothForms;

    [Theory]
    [MemberData(nameof(BothForms))]
    public void FileOrderAndLineEndingsChangeNoSource(bool utf8)
    {
        var odd = "/project/content/sub dir/Київ #1.yaml";
        var files = new List<ContentFile>
        {
            new(PlaceSchemaPath, PlaceSchema),
            new(APath, A),
            new(BPath, B + "  - id: quoted\n    name: \"line one\n      line two\"\n    note: >\n      folded\n      text\n\n      kept\n"),
            new(CPath, C),
            new(odd, "places:\n  - id: \"Київ\"\n    name: \"\\U0001F389 \\u00E9\"\n    near: [alpha, delta]\n    retired: { reason: \"12:abc\", superseded_by: alpha }\n"),
        };
        var crlf = files.Select(file => file with { Text = file.Text.Replace("\n", "\r\n", StringComparison.Ordinal) }).ToList();
        var orders = new[] { files, Enumerable.Reverse(files).ToList(), crlf, Enumerable.Reverse(crlf).ToList(), [crlf[2], files[0], crlf[4], files[1], crlf[3]] };

        var runs = orders.Select(order => GeneratorHarness.Run(order, string.Empty, properties: Form(utf8))).ToList();

        AssertTableForm(runs[0], utf8);
        Assert.Empty(runs[0].CompilationDiagnostics);
        Assert.Contains(runs[0].Sources, source => source.Text.Contains("content/sub dir/", StringComparison.Ordinal));
        for (var i = 1; i < runs.Count; i++)
        {
            Assert.Equal(runs[0].Sources.Select(source => source.HintName), runs[i].Sources.Select(source => source.HintName));
            foreach (var ((hintName, expected), (_, actual)) in runs[0].Sources.Zip(runs[i].Sources))
            {
                Assert.True(expected == actual, "order " + i.ToString(CultureInfo.InvariantCulture) + ": " + hintName + " differs");
            }

            Assert.Equal(
                runs[0].GeneratorDiagnostics.Select(d => d.ToString()).Order(StringComparer.Ordinal),
                runs[i].GeneratorDiagnostics.Select(d => d.ToString()).Order(StringComparer.Ordinal));
        }
    }

    /// <summary>
    /// The same path given twice with different texts (only a host that is not a build can do it): which text
    /// holds the file's entries is not known, so they are left out, said by FB0050 at that file; the other files
    /// are bound and keep their problems, and nothing throws (CS8785).
    /// </summary>
    [Theory]
    [MemberData(nameof(BothForms))]
    public void AFileGivenTwiceWithDifferentTextsIsLeftOutWithFB0050AndTheOtherProblemsAreKept(bool utf8)
    {
        var run = GeneratorHarness.Run(
            [new(PlaceSchemaPath, PlaceSchema), new(APath, A), new(BPath, B), new(BPath, B.Replace("id: delta", "id: epsilon", StringComparison.Ordinal)), new(CPath, C)],
            string.Empty,
            properties: Form(utf8));

        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id is "CS8785" or "FB0999");
        var twice = Assert.Single(run.FactbookDiagnostics, d => d.Id == "FB0050");
        Assert.Equal(BPath, twice.Location.GetLineSpan().Path);
        Assert.Contains("2 times", twice.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Contains("its entries are left out", twice.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Contains(run.FactbookDiagnostics, d => d.Id == "FB0023" && d.Location.GetLineSpan().Path == CPath);
        Assert.Contains(run.FactbookDiagnostics, d => d.Id == "FB0024" && d.Location.GetLineSpan().Path == CPath);
    }

    /// <summary>
    /// A file listed twice in <c>AdditionalFiles</c> (an Include of the user's own beside the package's) is read
    /// once: the same code as when it is listed once, each of its problems once, and FB0050 to say so.
    /// </summary>
    [Theory]
    [MemberData(nameof(BothForms))]
    public void AFileListedTwiceIsReadOnce(bool utf8)
    {
        ContentFile[] once = [new(PlaceSchemaPath, PlaceSchema), new(APath, A), new(BPath, B), new(CPath, C)];
        var single = GeneratorHarness.Run(once, string.Empty, properties: Form(utf8));
        var doubled = GeneratorHarness.Run([.. once, new(BPath, B)], string.Empty, properties: Form(utf8));

        Assert.Equal(single.Sources.Select(source => source.Text), doubled.Sources.Select(source => source.Text));
        var twice = Assert.Single(doubled.FactbookDiagnostics, d => d.Id == "FB0050");
        Assert.Equal(BPath, twice.Location.GetLineSpan().Path);
        Assert.Contains("it is read once", twice.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Equal(
            single.FactbookDiagnostics.Select(d => d.ToString()).Order(StringComparer.Ordinal),
            doubled.FactbookDiagnostics.Where(d => d.Id != "FB0050").Select(d => d.ToString()).Order(StringComparer.Ordinal));
    }

    /// <summary>
    /// Two texts under one path whose ids agree and whose values differ (a host that is not a build): one copy is
    /// kept, chosen by its content, so the code is the same whatever order the host gives them in, and FB0050 is
    /// said once.
    /// </summary>
    [Fact]
    public void CopiesWhoseValuesDifferGiveTheSameCodeInEitherOrder()
    {
        var other = B.Replace("name: ", "name: Other ", StringComparison.Ordinal);
        Assert.NotEqual(B, other);
        ContentFile[] files = [new(PlaceSchemaPath, PlaceSchema), new(APath, A), new(CPath, C)];

        var first = GeneratorHarness.Run([.. files, new(BPath, B), new(BPath, other)], string.Empty);
        var second = GeneratorHarness.Run([.. files, new(BPath, other), new(BPath, B)], string.Empty);

        Assert.Equal(first.Sources, second.Sources);
        Assert.Single(first.FactbookDiagnostics, d => d.Id == "FB0050");
        Assert.Equal(first.FactbookDiagnostics.Select(d => d.ToString()).Order(StringComparer.Ordinal), second.FactbookDiagnostics.Select(d => d.ToString()).Order(StringComparer.Ordinal));
    }

    /// <summary>A file of quotes listed twice has each of its quotes checked once: one FB0044 for a quote not in its text.</summary>
    [Fact]
    public void QuotesOfAFileListedTwiceAreCheckedOnce()
    {
        var quotes = QuoteContent.Sources() + QuoteContent.Quotes("she cannot support", "she will support");
        var texts = new Microsoft.CodeAnalysis.AdditionalText[]
        {
            new InMemoryAdditionalText("/p/content/quotes.schema.yaml", QuoteContent.Schema),
            new InMemoryAdditionalText("/p/content/quotes.yaml", quotes),
            new InMemoryAdditionalText("/p/content/quotes.yaml", quotes),
            new InMemoryAdditionalText("/p/content/book.txt", QuoteContent.Text),
        };

        var diagnostics = GeneratorHarness.CreateDriver(texts).RunGenerators(GeneratorHarness.CreateCompilation(), TestContext.Current.CancellationToken).GetRunResult().Diagnostics;

        Assert.Equal(["FB0044", "FB0050"], diagnostics.Select(d => d.Id).Order(StringComparer.Ordinal));
    }
}
