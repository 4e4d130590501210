using System.Collections;
using static Factbook.Generator.Tests.Infrastructure.BindingFixtures;
using static Factbook.Generator.Tests.Infrastructure.RunFixtures;

namespace Factbook.Generator.Tests.References;

/// <summary>
/// Lookups by an indexed field (<c>index: true</c>): lookups of every kind compile and leave retired entries out, an
/// entry is listed once however often it repeats a value, and URLs that differ only in their fragment are told apart.
/// </summary>
public class IndexLookupTests
{
    [Fact]
    public void AnIndexedListFieldListsAnEntryOnceEvenWhenItRepeatsAValue()
    {
        var schema = "types:\n  Thing:\n    files: things.yml\n    layout: map\n    fields:\n      tags: { type: \"string[]\", index: true }\n";

        var run = GeneratorHarness.Run(new ContentFile(SchemaPath, schema), new ContentFile(ThingsPath, "a:\n  tags: [x, y, x]\nb:\n  tags: [y]\nc:\n  tags: []\n"));

        AssertCleanRun(run);
        var byTags = run.Load().GetType(Namespace + ".Things")!.GetMethod("ByTags")!;
        Assert.Equal(["a"], ((IEnumerable)byTags.Invoke(null, ["x"])!).Cast<object>().Select(IdOf));
        Assert.Equal(["a", "b"], ((IEnumerable)byTags.Invoke(null, ["y"])!).Cast<object>().Select(IdOf));
        Assert.Empty((IEnumerable)byTags.Invoke(null, ["X"])!);
    }

    [Fact]
    public void AnIndexedUrlFieldTellsAddressesThatDifferOnlyInTheirFragmentApart()
    {
        var schema = "types:\n  Thing:\n    files: things.yml\n    layout: map\n    fields:\n      url: { type: url, index: true }\n";

        var run = GeneratorHarness.Run(new ContentFile(SchemaPath, schema), new ContentFile(ThingsPath, "a:\n  url: https://example.org/page#one\nb:\n  url: https://example.org/page#two\nc:\n  url: https://me@example.org/page\n"));

        AssertCleanRun(run);
        var byUrl = run.Load().GetType(Namespace + ".Things")!.GetMethod("ByUrl")!;
        Assert.Equal(["a"], ((IEnumerable)byUrl.Invoke(null, [new Uri("https://example.org/page#one")])!).Cast<object>().Select(IdOf));
        Assert.Equal(["c"], ((IEnumerable)byUrl.Invoke(null, [new Uri("https://me@example.org/page")])!).Cast<object>().Select(IdOf));
        Assert.Empty((IEnumerable)byUrl.Invoke(null, [new Uri("https://example.org/page")])!);
        Assert.Empty((IEnumerable)byUrl.Invoke(null, [new Uri("/page", UriKind.Relative)])!);
    }

    [Fact]
    public void IndexLookupsOfEveryKindCompileAndLeaveRetiredEntriesOut()
    {
        var schema = "types:\n  Thing:\n    files: things.yml\n    layout: map\n    fields:\n" +
            "      n: { type: int, optional: true, index: true }\n      d: { type: date, optional: true, index: true }\n" +
            "      k: { type: enum, values: [x, y], default: x, index: true }\n      b: { type: bool, default: false, index: true }\n" +
            "      m: { type: decimal, optional: true, index: true }\n      t: { type: datetime, optional: true, index: true }\n" +
            "      l: { type: long, optional: true, index: true }\n      f: { type: double, optional: true, index: true }\n";
        var content = "a:\n  n: 1\n  d: 2023-05\n  k: y\n  m: 1.0\n  f: 0.5\nb:\n  n: 1\n  b: true\n  m: 1.00\n  retired: true\nc:\n  d: 2023\n  t: 2023-11-02T10:15:00Z\n";

        var run = GeneratorHarness.Run(new ContentFile(SchemaPath, schema), new ContentFile(ThingsPath, content));

        AssertCleanRun(run);
        var things = run.Load().GetType(Namespace + ".Things")!;
        Assert.Equal(["a"], ((IEnumerable)things.GetMethod("ByN")!.Invoke(null, [1])!).Cast<object>().Select(IdOf));
        Assert.Equal(["a"], ((IEnumerable)things.GetMethod("ByM")!.Invoke(null, [1m])!).Cast<object>().Select(IdOf));
        Assert.Equal(["a", "c"], ((IEnumerable)things.GetMethod("ByB")!.Invoke(null, [false])!).Cast<object>().Select(IdOf));
    }
}
