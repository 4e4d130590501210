using static Factbook.Generator.Tests.Infrastructure.RunFixtures;
using static Factbook.Generator.Tests.Infrastructure.TableFixtures;

namespace Factbook.Generator.Tests.Ids;

/// <summary>
/// Ids beyond ASCII in both table forms: natural ids come back from <c>Get</c> and from their members; an id holding
/// half a character is FB0022 in every layout, and the rest generates.
/// </summary>
public class UnicodeIdTests
{
    /// <summary>UTF-8 tables and string tables: <see cref="TableFixtures.BothForms"/>.</summary>
    public static TheoryData<bool> BothForms => TableFixtures.BothForms;

    [Theory]
    [MemberData(nameof(BothForms))]
    public void NaturalIdsBeyondAsciiComeBackFromGetAndTheirMembers(bool utf8)
    {
        var content = "notes:\n" + string.Concat(NaturalIds.Select(pair => "  - id: " + pair.Yaml + "\n    text: " + YamlText.DoubleQuoted("text of " + pair.Id) + "\n"));
        var run = GeneratorHarness.Run([new ContentFile(SchemaPath, NoteSchema), new ContentFile(NotesPath, content)], string.Empty, properties: Form(utf8));

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
        AssertTableForm(run, utf8);
        var notes = run.Load().GetType(Namespace + ".Notes", throwOnError: true)!;
        var all = ((System.Collections.IEnumerable)notes.GetProperty("All")!.GetValue(null)!).Cast<object>().ToList();
        Assert.Equal(NaturalIds.Select(pair => pair.Id), all.Select(IdOf));
        foreach (var (_, id) in NaturalIds)
        {
            var entry = notes.GetMethod("Get", [typeof(string)])!.Invoke(null, [id])!;
            Assert.Equal(id, IdOf(entry));
            Assert.Equal("text of " + id, (string)entry.GetType().GetProperty("Text")!.GetValue(entry)!);
            var member = notes.GetProperty(Naming.MemberNames.FromId(id));
            Assert.True(member is not null, "no member for " + YamlText.DoubleQuoted(id));
            Assert.Same(entry, member!.GetValue(null));
        }

        AssertPrintableAsciiAndWellFormedDocs(run);
    }

    /// <summary>Ids with half a character. By index: xunit would pass a lone surrogate to the test as U+FFFD.</summary>
    private static readonly string[] LoneSurrogateIds = ["\uD800", "a\uDC00", "\uDC00\uD800", "\uD83D\uDE00\uD800", "x\uDFFFy", "\uD800\\uDC00"];

    public static TheoryData<int, bool> LoneSurrogateIdCases()
    {
        var data = new TheoryData<int, bool>();
        for (var i = 0; i < LoneSurrogateIds.Length; i++)
        {
            data.Add(i, true);
            data.Add(i, false);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(LoneSurrogateIdCases))]
    public void AnIdHoldingALoneSurrogateIsFB0022AndTheRestGenerates(int index, bool utf8)
    {
        var id = LoneSurrogateIds[index];
        var content = "notes:\n  - id: good\n    text: g\n  - id: " + YamlText.DoubleQuoted(id) + "\n    text: bad\n  - id: after\n    text: a\n";
        const string probe = "public static class Probe { public static string Run() => string.Join(\",\", System.Linq.Enumerable.Select(Test.Content.Notes.All, n => n.Id)) + \"|\" + Test.Content.Notes.Good.Text + Test.Content.Notes.After.Text; }";

        var run = GeneratorHarness.Run([new ContentFile(SchemaPath, NoteSchema), new ContentFile(NotesPath, content)], probe, properties: Form(utf8));

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal(("FB0022", NotesPath, 4, 9), (diagnostic.Id, diagnostic.Location.GetLineSpan().Path, diagnostic.Line(), diagnostic.Column()));
        Assert.Contains("lone surrogate", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.False(Emit.TableFormat.HasLoneSurrogate(diagnostic.GetMessage(CultureInfo.InvariantCulture)), "the message holds half a character");
        Assert.Empty(run.CompilationDiagnostics);
        Assert.Equal("good,after|ga", run.Invoke("Probe", "Run"));
        AssertPrintableAsciiAndWellFormedDocs(run);
    }

    /// <summary>The same refusal for ids that come from a map's keys, a field and a record's path.</summary>
    [Theory]
    [MemberData(nameof(BothForms))]
    public void LoneSurrogateIdsFromOtherLayoutsAreFB0022(bool utf8)
    {
        ContentFile[] files =
        [
            new("/project/content/things.schema.yaml", "types:\n  Thing:\n    files: things.yml\n    layout: map\n    fields:\n      name: string\n" +
                "  Item:\n    files: items.yml\n    layout: list\n    id: { from: field, field: name }\n    fields:\n      name: string\n" +
                "  Record:\n    files: \"records/**/*.yml\"\n    layout: record\n    fields:\n      name: string\n"),
            new("/project/content/things.yml", "ok:\n  name: a\n\"\uD800x\":\n  name: b\n"),
            new("/project/content/items.yml", "- name: ok\n- name: y\uDC00\n"),
            new("/project/content/records/ok.yml", "name: ok\n"),
            new("/project/content/records/b\uD800d.yml", "name: bad\n"),
        ];

        var run = GeneratorHarness.Run(files, string.Empty, properties: Form(utf8));

        Assert.Equal(
            [("FB0022", "/project/content/items.yml", 2), ("FB0022", "/project/content/records/b\uD800d.yml", 1), ("FB0022", "/project/content/things.yml", 3)],
            run.GeneratorDiagnostics.Select(d => (d.Id, d.Location.GetLineSpan().Path, d.Line())).OrderBy(d => d.Path, StringComparer.Ordinal));
        Assert.Empty(run.CompilationDiagnostics);
        AssertPrintableAscii(run);
    }
}
