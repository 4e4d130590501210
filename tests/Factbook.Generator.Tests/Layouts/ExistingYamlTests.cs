using System.Collections;
using System.IO;
using System.Reflection;
using Factbook.Generator.Naming;
using YamlDotNet.Serialization;

namespace Factbook.Generator.Tests.Layouts;

/// <summary>
/// YAML that exists already, in the shapes real projects keep it (tests/fixtures/existing-yaml): a static
/// site's data lists, a mapping keyed by display name, a database of one record per file. Each builds with a
/// schema only, and every value the generated code gives is what YamlDotNet's own deserializer reads from
/// the original file.
/// </summary>
public class ExistingYamlTests
{
    private const string Namespace = "Test.Content";

    public static TheoryData<string, string, string> Collections => new()
    {
        { "static-site", "Showcases", "showcase.yml" },
        { "static-site", "NavLinks", "navigation.yml" },
        { "languages", "Languages", "languages.yml" },
        { "advisories", "Advisories", "gems" },
    };

    [Theory]
    [MemberData(nameof(Collections))]
    public void EveryValueReadsBackAsYamlDotNetReadsTheOriginalFile(string fixture, string collectionClass, string source)
    {
        var run = Build(fixture);
        var assembly = run.Load();
        var collection = assembly.GetType(Namespace + "." + collectionClass)!;
        var expected = ExpectedEntries(fixture, source);

        var all = (IEnumerable)collection.GetProperty("All")!.GetValue(null)!;
        Assert.Equal(expected.Select(entry => entry.Id), all.Cast<object>().Select(entry => (string)entry.GetType().GetProperty("Id")!.GetValue(entry)!));
        foreach (var (id, record) in expected)
        {
            var entry = collection.GetMethod("Get", [typeof(string)])!.Invoke(null, [id])!;
            AssertSameRecord(record, entry, id);
        }
    }

    [Fact]
    public void TheFixtureFilesAreReadAsTheyAreAndTheBuildIsClean()
    {
        foreach (var fixture in new[] { "static-site", "languages", "advisories" })
        {
            var run = Build(fixture);

            Assert.Empty(run.GeneratorDiagnostics);
            Assert.Empty(run.CompilationDiagnostics);
        }
    }

    [Fact]
    public void NaturalIdsBecomeReadableMembersAndGetTakesTheIdAsWritten()
    {
        var run = Build("languages", "public static class Uses { public static string A() => Test.Content.Languages.CSharp.Id + Test.Content.Languages.CPlusPlus.Id + Test.Content.Languages.GemfileLock.Id + Test.Content.Languages._18FMarkdown.Id + Test.Content.Languages.RedCloth.Group!.Id; }");
        var languages = run.Load().GetType(Namespace + ".Languages")!;

        Assert.Empty(run.CompilationDiagnostics);
        var get = languages.GetMethod("Get", [typeof(string)])!;
        Assert.Equal("C#", Id(get.Invoke(null, ["C#"])!));
        Assert.Equal("18F Markdown", Id(get.Invoke(null, ["18F Markdown"])!));
        var byGroup = (IEnumerable)languages.GetMethod("ByGroup")!.Invoke(null, [get.Invoke(null, ["Ruby"])])!;
        Assert.Equal(["Gemfile.lock", "RedCloth"], byGroup.Cast<object>().Select(Id));
        var type = languages.Assembly.GetType(Namespace + ".LanguageType")!;
        var byType = (IEnumerable)languages.GetMethod("ByType", [type])!.Invoke(null, [Enum.Parse(type, "Programming")])!;
        Assert.Equal(["C#", "C++", "Ruby"], byType.Cast<object>().Select(Id));
    }

    [Fact]
    public void PathIdsComeFromTheFolderThePatternStartsIn()
    {
        var run = Build("advisories", "public static class Uses { public static object A() => Test.Content.Advisories.ActionpackCve2023_22795; public static object B() => Test.Content.Advisories.RedClothCve2012_6684; }");
        var advisories = run.Load().GetType(Namespace + ".Advisories")!;

        Assert.Empty(run.CompilationDiagnostics);
        var all = ((IEnumerable)advisories.GetProperty("All")!.GetValue(null)!).Cast<object>().Select(Id);
        Assert.Equal(["RedCloth/CVE-2012-6684", "actionpack/CVE-2022-22577", "actionpack/CVE-2023-22795", "activerecord/CVE-2022-32224"], all);
    }

    [Fact]
    public void AnIndexedFieldGivesALookupByValue()
    {
        var assembly = Build("advisories").Load();
        var advisories = assembly.GetType(Namespace + ".Advisories")!;
        var byGem = advisories.GetMethod("ByGem", [typeof(string)])!;

        Assert.Equal(["actionpack/CVE-2022-22577", "actionpack/CVE-2023-22795"], ((IEnumerable)byGem.Invoke(null, ["actionpack"])!).Cast<object>().Select(Id));
        Assert.Empty((IEnumerable)byGem.Invoke(null, ["nokogiri"])!);
        Assert.Empty((IEnumerable)byGem.Invoke(null, [null])!);

        var showcases = Build("static-site").Load().GetType(Namespace + ".Showcases")!;
        var byTags = showcases.GetMethod("ByTags", [typeof(string)])!;
        Assert.Equal(["showcase/1", "showcase/2"], ((IEnumerable)byTags.Invoke(null, ["blog"])!).Cast<object>().Concat(((IEnumerable)byTags.Invoke(null, ["docs"])!).Cast<object>()).Select(Id));
    }

    [Fact]
    public void AGroupKeyGoesIntoItsField()
    {
        var navLinks = Build("static-site").Load().GetType(Namespace + ".NavLinks")!;
        var menu = navLinks.Assembly.GetType(Namespace + ".NavLinkMenu")!;
        var byMenu = navLinks.GetMethod("ByMenu", [menu])!;

        var page = ((IEnumerable)byMenu.Invoke(null, [Enum.Parse(menu, "Page")])!).Cast<object>().ToList();

        Assert.Equal(["Edit this page"], page.Select(Id));
    }

    /// <summary>The fixture's files as the build gives them: under a project's content folder.</summary>
    internal static ContentFile[] FixtureFiles(string fixture)
    {
        var root = FixtureRoot(fixture);
        return Directory.GetFiles(root, "*.*", SearchOption.AllDirectories)
            .Where(path => path.EndsWith(".yml", StringComparison.Ordinal) || path.EndsWith(".yaml", StringComparison.Ordinal))
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => new ContentFile("/project/content/" + Path.GetRelativePath(root, path).Replace('\\', '/'), File.ReadAllText(path)))
            .ToArray();
    }

    private static string FixtureRoot(string fixture) => Path.Combine(RepositoryPaths.Root(), "tests", "fixtures", "existing-yaml", fixture);

    private static GeneratorRun Build(string fixture, string consumerCode = "") =>
        GeneratorHarness.Run(FixtureFiles(fixture), consumerCode, Namespace);

    private static string Id(object entry) => (string)entry.GetType().GetProperty("Id")!.GetValue(entry)!;

    /// <summary>
    /// Each entry's id and its record as YamlDotNet's deserializer reads the original file, laid out as the
    /// fixture's schema says; written here independently of the generator.
    /// </summary>
    private static List<(string Id, Dictionary<object, object> Record)> ExpectedEntries(string fixture, string source)
    {
        var deserializer = new DeserializerBuilder().Build();
        object Read(string relative) => deserializer.Deserialize<object>(File.ReadAllText(Path.Combine(FixtureRoot(fixture), relative)))!;
        switch (source)
        {
            case "showcase.yml":
                return ((List<object>)Read(source)).Select((item, i) => ("showcase/" + (i + 1).ToString(CultureInfo.InvariantCulture), (Dictionary<object, object>)item)).ToList();
            case "navigation.yml":
                return ((Dictionary<object, object>)Read(source))
                    .SelectMany(group => ((List<object>)group.Value).Cast<Dictionary<object, object>>().Select(item => (Group: (string)group.Key, Item: item)))
                    .Select(pair => ((string)pair.Item["title"], new Dictionary<object, object>(pair.Item) { ["menu"] = pair.Group }))
                    .ToList();
            case "languages.yml":
                return ((Dictionary<object, object>)Read(source)).Select(pair => ((string)pair.Key, (Dictionary<object, object>)pair.Value)).ToList();
            default:
                var root = Path.Combine(FixtureRoot(fixture), source);
                return Directory.GetFiles(root, "*.yml", SearchOption.AllDirectories)
                    .Select(path => Path.GetRelativePath(root, path).Replace('\\', '/'))
                    .OrderBy(path => path, StringComparer.Ordinal)
                    .Select(path => (path.Substring(0, path.Length - ".yml".Length), (Dictionary<object, object>)Read(Path.Combine(source, path))))
                    .ToList();
        }
    }

    private static void AssertSameRecord(Dictionary<object, object> record, object actual, string where)
    {
        foreach (var (key, value) in record)
        {
            var property = actual.GetType().GetProperty(Identifiers.ToPascalCase((string)key));
            Assert.True(property is not null, where + ": no property for '" + key + "'");
            AssertSameValue(value, property!.GetValue(actual), where + "." + key);
        }
    }

    private static void AssertSameValue(object? yaml, object? actual, string where)
    {
        switch (yaml)
        {
            case null:
                Assert.True(actual is null || (actual is IEnumerable items && actual is not string && !items.Cast<object>().Any()), where + " should be empty");
                break;
            case List<object> list:
                var actualItems = Assert.IsAssignableFrom<IEnumerable>(actual).Cast<object>().ToList();
                Assert.True(list.Count == actualItems.Count, where + ": " + list.Count + " items, not " + actualItems.Count);
                for (var i = 0; i < list.Count; i++)
                {
                    AssertSameValue(list[i], actualItems[i], where + "[" + i + "]");
                }

                break;
            case Dictionary<object, object> nested:
                AssertSameRecord(nested, actual!, where);
                break;
            case string text:
                Assert.True(ReadsAs(text, actual), where + ": '" + text + "' read back as '" + actual + "'");
                break;
            default:
                Assert.Fail(where + ": YamlDotNet gave " + yaml.GetType());
                break;
        }
    }

    /// <summary>Whether the generated value is the YAML text, in the kind of its property.</summary>
    private static bool ReadsAs(string text, object? actual) => actual switch
    {
        string value => value == text,
        Uri uri => uri.OriginalString == text,
        bool flag => (flag ? "true" : "false") == text,
        int or long or decimal or double => decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture) == Convert.ToDecimal(actual, CultureInfo.InvariantCulture),
        Enum member => member.ToString() == Identifiers.ToPascalCase(text),
        null => false,
        _ when actual.GetType().GetProperty("Id") is { } id => (string)id.GetValue(actual)! == text,
        _ => actual.ToString() == text, // PartialDate: its canonical text
    };
}
