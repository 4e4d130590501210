using System.Collections;
using System.IO;
using System.Reflection;
using Factbook.Generator.Naming;
using YamlDotNet.Serialization;

namespace Factbook.Generator.Tests.Layouts;

/// <summary>
/// YAML that exists already, in the shapes real projects keep it (tests/fixtures/existing-yaml): a static
/// site's data lists, a mapping keyed by display name, a database of one record per file, a landscape of
/// entries three levels down, OSV advisories, CI workflows and a site's data folder beside the content. Each
/// builds with a schema only, and every value the generated code gives is what YamlDotNet's own deserializer
/// reads from the original file: unions by the case they hold, yaml fields as their tree, maps in key order.
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
        { "advisories", "RubyAdvisories", "rubies" },
        { "landscape", "Subcategories", "landscape.yml#subcategories" },
        { "landscape", "Items", "landscape.yml#items" },
        { "osv", "Advisories", "vulns" },
        { "workflows", "Workflows", ".github/workflows" },
        { "jekyll-data", "Authors", "_data/authors.yml" },
    };

    private static readonly string[] Fixtures = ["static-site", "languages", "advisories", "landscape", "osv", "workflows", "jekyll-data"];

    [Theory]
    [MemberData(nameof(Collections))]
    public void EveryValueReadsBackAsYamlDotNetReadsTheOriginalFile(string fixture, string collectionClass, string source)
    {
        var run = Build(fixture);
        var assembly = run.Load();
        var collection = assembly.GetType(Namespace + "." + collectionClass)!;
        var expected = ExpectedEntries(fixture, source);

        // Withdrawn advisories are retired (retired: { when: withdrawn }): out of All, still found by Get.
        var all = (IEnumerable)collection.GetProperty("All")!.GetValue(null)!;
        Assert.Equal(expected.Where(entry => !entry.Record.ContainsKey("withdrawn")).Select(entry => entry.Id), all.Cast<object>().Select(entry => (string)entry.GetType().GetProperty("Id")!.GetValue(entry)!));
        foreach (var (id, record) in expected)
        {
            var entry = collection.GetMethod("Get", [typeof(string)])!.Invoke(null, [id])!;
            AssertSameRecord(record, entry, id);
        }
    }

    [Fact]
    public void TheFixtureFilesAreReadAsTheyAreAndTheBuildIsClean()
    {
        foreach (var fixture in Fixtures)
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

    /// <summary>What each new shape is for, on the fixtures as they are: lookups into nesting, a second key, shared and named types, a dataset's own retirement.</summary>
    [Theory]
    [InlineData("osv", "Ids(Advisories.ByAffectedPackageName(\"django\")) + \"|\" + Ids(Advisories.ByAffectedRangesEventsFixed(\"3.1.3\")) + \"|\" + Advisories.Count + \"|\" + Advisories.Get(\"PYSEC-2024-7\").Related[0] + \"|\" + AdvisorySeverityType.CvssV3.ToText() + \"|\" + Advisories.Get(\"PYSEC-2023-100\").References[1].Type",
        "PYSEC-2023-100,PYSEC-2023-74|GHSA-h5c8-rqwp-cp95|3|PYSEC-2023-100|CVSS_V3|Fix")]
    [InlineData("languages", "Languages.ByLanguageId(42)!.Id + \"|\" + (Languages.ByLanguageId(7) is null)", "C#|True")]
    [InlineData("advisories", "typeof(Related).Name + \"|\" + Advisories.RedClothCve2012_6684.Related + \"|\" + RubyAdvisories.RubyCve2021_31799.Related!.Url[0] + \"|\" + (typeof(Advisory).Assembly.GetType(\"Test.Content.AdvisoryRelated\") is null)",
        "Related||https://example.org/rdoc/pull/1000|True")]
    [InlineData("landscape", "Ids(Items.ByProject(ItemProject.Graduated)) + \"|\" + Items.Kueue.ParentProject!.Subcategory.Category.Id + \"|\" + Items.Get(\"Volcano\").Extra![\"audits\"]!.Items[0][\"vendor\"] + \"|\" + Ids(Items.BySubcategory(Subcategories.Get(\"Security & Compliance\")))",
        "Harbor,CoreDNS|Provisioning|Example Audits|")]
    [InlineData("workflows", "Ids(Workflows.ByJobsRunsOn(\"windows-latest\")) + \"|\" + Workflows.Ci.Jobs[\"test\"].Steps[2].Env![\"FACTS\"] + \"|\" + Workflows.Release.Jobs[\"publish\"].Needs!.Items.Count + \"|\" + Workflows.Ci.On[\"push\"]![\"branches\"]!.Items[0]",
        "release|content|2|main")]
    [InlineData("jekyll-data", "Authors.ByGithub(\"mattr-\")!.Name + \"|\" + Authors.Ashmaroli.Active + Authors.Get(\"mattr-\").Active + Authors.Parkr.ShowEmail + Authors.Get(\"mattr-\").ShowEmail + \"|\" + AuthorRole.CoreTeam.ToText() + \"|\" + Authors.Parkr.Social![\"website\"].Host",
        "Matt Rogers|TrueFalseFalseTrue|CORE_TEAM|parker.example.org")]
    public void EachShapeGivesTheLookupsAndTypesItIsFor(string fixture, string expression, string expected)
    {
        var run = Build(fixture, "using Test.Content; public static class Probe { public static string Run() => " + expression + "; static string Ids<T>(System.Collections.Generic.IEnumerable<T> found) => string.Join(\",\", System.Linq.Enumerable.Select(found, e => (string)e!.GetType().GetProperty(\"Id\")!.GetValue(e)!)); }");

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
        Assert.Equal(expected, run.Invoke("Probe", "Run"));
    }

    /// <summary>The fixture's files as the build gives them: under a project's content folder.</summary>
    internal static ContentFile[] FixtureFiles(string fixture)
    {
        var root = FixtureRoot(fixture);
        return Directory.GetFiles(root, "*.*", SearchOption.AllDirectories)
            .Where(path => path.EndsWith(".yml", StringComparison.Ordinal) || path.EndsWith(".yaml", StringComparison.Ordinal))
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => new ContentFile(ProjectPath(fixture, Path.GetRelativePath(root, path).Replace('\\', '/')), File.ReadAllText(path)))
            .ToArray();
    }

    /// <summary>A fixture with a content folder of its own is a project (files beside the content); others are a content folder.</summary>
    private static string ProjectPath(string fixture, string relative) =>
        (Directory.Exists(Path.Combine(FixtureRoot(fixture), "content")) ? "/project/" : "/project/content/") + relative;

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
            case "_data/authors.yml":
                return ((Dictionary<object, object>)Read(source)).Select(pair => ((string)pair.Key, (Dictionary<object, object>)pair.Value)).ToList();
            case "landscape.yml#subcategories":
            case "landscape.yml#items":
                // Each level below its holder, without the '- item:' marker and the key of the level below, with the link to its holder.
                var categories = ((List<object>)((Dictionary<object, object>)Read("landscape.yml"))["landscape"]).Cast<Dictionary<object, object>>();
                var level = source.EndsWith("#items", StringComparison.Ordinal)
                    ? categories.SelectMany(category => Under(category, "subcategories")).SelectMany(subcategory => Held(subcategory, "items", "subcategory", ["item"])).ToList()
                    : categories.SelectMany(category => Held(category, "subcategories", "category", ["subcategory", "items"])).ToList();
                return level.Select(record => ((string)record["name"], record)).ToList();
            case "vulns":
                return Directory.GetFiles(Path.Combine(FixtureRoot(fixture), source), "*.yaml", SearchOption.AllDirectories)
                    .Select(path => Path.GetRelativePath(FixtureRoot(fixture), path).Replace('\\', '/'))
                    .OrderBy(path => path, StringComparer.Ordinal)
                    .Select(path => (Dictionary<object, object>)Read(path))
                    .Select(record => ((string)record["id"], record))
                    .ToList();
            default:
                var root = Path.Combine(FixtureRoot(fixture), source);
                return Directory.GetFiles(root, "*.yml", SearchOption.AllDirectories)
                    .Select(path => Path.GetRelativePath(root, path).Replace('\\', '/'))
                    .OrderBy(path => path, StringComparer.Ordinal)
                    .Select(path => (path.Substring(0, path.Length - ".yml".Length), (Dictionary<object, object>)Read(Path.Combine(source, path))))
                    .ToList();
        }
    }

    /// <summary>The entries under <paramref name="key"/> of a holding entry, each without the keys it does not own (its marker, the level below) and with its holder's name under <paramref name="link"/>.</summary>
    private static IEnumerable<Dictionary<object, object>> Held(Dictionary<object, object> holder, string key, string link, string[] notOwn) =>
        Under(holder, key).Select(item =>
        {
            var record = item.Where(pair => !notOwn.Contains((string)pair.Key)).ToDictionary(pair => pair.Key, pair => pair.Value);
            record[link] = holder["name"];
            return record;
        });

    private static IEnumerable<Dictionary<object, object>> Under(Dictionary<object, object> holder, string key) =>
        holder.TryGetValue(key, out var held) && held is List<object> items ? items.Cast<Dictionary<object, object>>() : [];

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
        if (actual is not null && actual.GetType().Name == "FactbookYaml")
        {
            AssertSameTree(yaml, actual, where);
            return;
        }

        // A union: the value of the case it holds.
        if (actual is not null && actual.GetType().GetMethod("Match") is not null && actual.GetType().GetProperty("Kind") is { } kind)
        {
            AssertSameValue(yaml, actual.GetType().GetProperty(kind.GetValue(actual)!.ToString()!)!.GetValue(actual), where + "<" + kind.GetValue(actual) + ">");
            return;
        }

        if (yaml is Dictionary<object, object> map && IsMap(actual))
        {
            var pairs = ((IEnumerable)actual!).Cast<object>().Select(pair => (Key: (string)pair.GetType().GetProperty("Key")!.GetValue(pair)!, Value: pair.GetType().GetProperty("Value")!.GetValue(pair))).ToList();
            Assert.Equal(map.Keys.Cast<string>(), pairs.Select(pair => pair.Key));
            foreach (var (key, value) in pairs)
            {
                AssertSameValue(map[key], value, where + "[" + key + "]");
            }

            return;
        }

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

    private static bool IsMap(object? actual) =>
        actual is not null && actual.GetType().GetInterfaces().Any(type => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>));

    /// <summary>A yaml field's tree against YamlDotNet's reading: null, text, list or mapping, all the way down.</summary>
    private static void AssertSameTree(object? yaml, object actual, string where)
    {
        object? Get(string name) => actual.GetType().GetProperty(name)!.GetValue(actual);
        var kind = Get("Kind")!.ToString();
        switch (yaml)
        {
            case null:
                Assert.True(kind == "Null", where + ": " + kind + ", not null");
                break;
            case string text:
                Assert.True(kind == "Text" && (string?)Get("Text") == text, where + ": '" + text + "' read back as " + kind + " '" + Get("Text") + "'");
                break;
            case List<object> list:
                var items = ((IEnumerable)Get("Items")!).Cast<object>().ToList();
                Assert.True(kind == "List" && items.Count == list.Count, where + ": a list of " + list.Count + ", not " + kind + " of " + items.Count);
                for (var i = 0; i < list.Count; i++)
                {
                    AssertSameTree(list[i], items[i], where + "[" + i + "]");
                }

                break;
            case Dictionary<object, object> mapping:
                Assert.True(kind == "Mapping", where + ": a mapping, not " + kind);
                AssertSameValue(mapping, Get("Entries"), where);
                break;
        }
    }

    /// <summary>YAML 1.1's booleans, as a schema with <c>booleans: yaml1.1</c> reads them.</summary>
    private static readonly string[] Yaml11True = ["true", "True", "TRUE", "yes", "Yes", "YES", "on", "On", "ON", "y", "Y"];

    /// <summary>An enum value's text, by the generated <c>ToText</c> of its enum.</summary>
    private static string EnumText(Enum member) =>
        (string)member.GetType().Assembly.GetTypes()
            .SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.Static))
            .Single(method => method.Name == "ToText" && method.GetParameters() is [{ } parameter] && parameter.ParameterType == member.GetType())
            .Invoke(null, [member])!;

    /// <summary>Whether the generated value is the YAML text, in the kind of its property.</summary>
    private static bool ReadsAs(string text, object? actual) => actual switch
    {
        string value => value == text,
        Uri uri => uri.OriginalString == text,
        bool flag => flag ? text == "true" || Yaml11True.Contains(text) : text is "false" || (!Yaml11True.Contains(text) && text.Length <= 5 && "false,False,FALSE,no,No,NO,off,Off,OFF,n,N".Split(',').Contains(text)),
        int or long or decimal or double => decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture) == Convert.ToDecimal(actual, CultureInfo.InvariantCulture),
        Enum member => EnumText(member) == text,
        null => false,
        _ when actual.GetType().GetProperty("Id") is { } id => (string)id.GetValue(actual)! == text,
        _ => actual.ToString() == text, // PartialDate: its canonical text
    };
}
