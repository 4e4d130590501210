namespace Factbook.Generator.Tests.Nesting;

/// <summary>
/// Entries below the top level, in the shape of the CNCF landscape: categories hold subcategories, which hold
/// items. <c>in</c> and <c>at</c> make each level a type of its own, with ids, lookups, indexes, references,
/// retirement and provenance like any entry's, and a link to the entry that holds it.
/// </summary>
public sealed class NestedEntryTests
{
    internal const string Schema = """
        objects:
          Organization:
            fields:
              name: string
        types:
          Category:
            collection: landscape
            files: landscape.yml
            layout: collections
            id: { from: field, field: name }
            extra_fields: ignore # the marker keys the landscape writes ('- item:')
            fields:
              name: string
          Subcategory:
            in: Category
            at: subcategories[]
            id: { from: field, field: name }
            extra_fields: ignore # the marker keys the landscape writes ('- item:')
            fields:
              name: string
              description: { type: string, optional: true }
          Item:
            in: Subcategory
            at: items[]
            id: { from: field, field: name }
            extra_fields: ignore # the marker keys the landscape writes ('- item:')
            fields:
              name: string
              homepage_url: url
              project: { type: enum, values: [sandbox, incubating, graduated], optional: true, index: true }
              organization: { type: [url, Organization], optional: true }
              parent_project: { type: Item, optional: true }
        """;

    internal const string Landscape = """
        landscape:
          - category:
            name: Provisioning
            subcategories:
              - subcategory:
                name: Automation & Configuration
                items:
                  - item:
                    name: Airship
                    homepage_url: https://www.airshipit.org/
                    organization: { name: Airship }
                  - item:
                    name: Volcano
                    homepage_url: https://volcano.sh/
                    project: incubating
              - subcategory:
                name: Security & Compliance
                items: []
          - category:
            name: Orchestration & Management
            subcategories:
              - subcategory:
                name: Scheduling & Orchestration
                items:
                  - item:
                    name: Kueue
                    homepage_url: https://kueue.sigs.k8s.io/
                    parent_project: Volcano
                    organization: https://github.com/kubernetes-sigs
                  - item:
                    name: Updatecli
                    homepage_url: https://www.updatecli.io/
                    project: sandbox
                    retired: moved to another category
        """;

    internal static GeneratorRun Run(string probe, string landscape = Landscape, string schema = Schema) => GeneratorHarness.Run(
        [new ContentFile("/p/content/landscape.schema.yaml", schema), new ContentFile("/p/content/landscape.yml", landscape)],
        "using Test.Content; public static class Probe { " + probe + " static string Ids<T>(System.Collections.Generic.IEnumerable<T> found) => string.Join(\",\", System.Linq.Enumerable.Select(found, e => (string)e!.GetType().GetProperty(\"Id\")!.GetValue(e)!)); }");

    [Fact]
    public void EachLevelIsATypeWithItsEntriesInContentOrderAndALinkToItsHolder()
    {
        var run = Run("""
            public static string Run() =>
                Ids(Landscape.All) + "|" + Ids(Subcategories.All) + "|" + Ids(Items.All) + "|" +
                Items.Get("Kueue").Subcategory.Name + "/" + Items.Get("Kueue").Subcategory.Category.Name + "|" +
                Ids(Items.BySubcategory(Subcategories.Get("Automation & Configuration"))) + "|" + Ids(Subcategories.ByCategory(Landscape.Provisioning)) + "|" +
                Items.Kueue.ParentProject!.Name + "|" + Ids(Items.ByProject(ItemProject.Incubating)) + "|" +
                Items.Kueue.Organization!.Match(url => url.Host, org => org.Name) + "," + Items.Airship.Organization!.Match(url => url.Host, org => org.Name);
            """);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
        Assert.Equal(
            "Provisioning,Orchestration & Management|Automation & Configuration,Security & Compliance,Scheduling & Orchestration|Airship,Volcano,Kueue|" +
            "Scheduling & Orchestration/Orchestration & Management|Airship,Volcano|Automation & Configuration,Security & Compliance|Volcano|Volcano|github.com,Airship",
            run.Invoke("Probe", "Run"));
    }

    [Fact]
    public void AHeldEntryHasItsLineAndARetiredOneIsObsoleteAndLeftOut()
    {
        var run = Run("""
            public static string Run() => Items.Kueue.Provenance + "|" + Subcategories.Get("Security & Compliance").Provenance + "|" + Items.Count + "|" + Items.TryGet("Updatecli", out var _retired) + "|" + Items.Get("Updatecli").Subcategory.Id;
            """);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Equal("landscape.yml:26|landscape.yml:17|3|True|Scheduling & Orchestration", run.Invoke("Probe", "Run"));
        Assert.Contains(run.Sources, source => source.Text.Contains("[global::System.Obsolete(\"Retired: moved to another category.\")]", StringComparison.Ordinal));
    }

    /// <summary>A workflow's jobs: <c>at: jobs{}</c> reads each value of a map, its key the id by default; <c>from: position</c> numbers entries inside their holder.</summary>
    [Fact]
    public void EntriesOfAMapTakeTheirKeysAndPositionsCountInsideTheirHolder()
    {
        const string schema = """
            types:
              Workflow:
                files: "workflows/*.yml"
                layout: record
                fields:
                  name: string
              Job:
                in: Workflow
                at: jobs{}
                fields:
                  runs-on: string
              Step:
                in: Job
                at: steps[]
                id: { from: position }
                parent: job
                fields:
                  run: string
            """;
        var run = GeneratorHarness.Run(
            [
                new ContentFile("/p/content/ci.schema.yaml", schema),
                new ContentFile("/p/content/workflows/ci.yml", "name: CI\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: dotnet test\n      - run: dotnet pack\n  lint:\n    runs-on: ubuntu-latest\n    steps:\n      - run: dotnet format\n"),
            ],
            "using Test.Content; public static class Probe { public static string Run() => string.Join(\",\", System.Linq.Enumerable.Select(Steps.All, s => s.Id + \"=\" + s.Run + \"@\" + s.Job.Id + \"/\" + s.Job.Workflow.Id)) + \"|\" + Jobs.Test.RunsOn; }");

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
        Assert.Equal("test/1=dotnet test@test/ci,test/2=dotnet pack@test/ci,lint/1=dotnet format@lint/ci|ubuntu-latest", run.Invoke("Probe", "Run"));
    }

    /// <summary>An entry left out for an error takes the entries it holds with it, each told why, so a lowered severity loses nothing in silence.</summary>
    [Fact]
    public void EntriesOfAnEntryLeftOutAreLeftOutAndSaySo()
    {
        var run = Run("public static int Run() => Items.Count;", Landscape.Replace("homepage_url: https://volcano.sh/", "homepage_url: [volcano]", StringComparison.Ordinal).Replace("name: Automation & Configuration", "name: Automation & Configuration\n        description: [automation]", StringComparison.Ordinal).Replace("name: Security & Compliance", "nmae: Security & Compliance", StringComparison.Ordinal).Replace("parent_project: Volcano", string.Empty, StringComparison.Ordinal));

        Assert.Equal(
            ["FB0021 17:9", "FB0026 17:9", "FB0030 15:27", "FB0030 7:22"],
            run.FactbookDiagnostics.Select(d => d.Id + " " + d.Line() + ":" + d.Column()).Order(StringComparer.Ordinal));
        Assert.Empty(run.CompilationDiagnostics);
        Assert.Contains("with the entries that refer to it", run.FactbookDiagnostics.Single(d => d.Line() == 7).GetMessage(), StringComparison.Ordinal);
        Assert.Equal(1, run.Invoke("Probe", "Run")); // Kueue: Airship's holder and Volcano are left out, Updatecli is retired
    }

    /// <summary>The link is named after the holding type in snake case, acronyms kept as words: <c>HTTPServer</c> → <c>http_server</c>, <c>HttpServer</c>.</summary>
    [Fact]
    public void TheLinkIsNamedAfterItsHolderWordByWord()
    {
        var run = GeneratorHarness.Run(
            [
                new ContentFile("/p/content/servers.schema.yaml", "types:\n  HTTPServer:\n    files: servers.yml\n    layout: map\n    fields: { port: int }\n  Route:\n    in: HTTPServer\n    at: routes[]\n    id: { from: field, field: path }\n    fields: { path: string }\n"),
                new ContentFile("/p/content/servers.yml", "web:\n  port: 80\n  routes:\n    - path: /\n    - path: /about\n"),
            ],
            "using Test.Content; public static class Probe { public static string Run() => Routes.Get(\"/about\").HttpServer.Id + Routes.ByHttpServer(Routes.Get(\"/\").HttpServer).Count; }");

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
        Assert.Equal("web2", run.Invoke("Probe", "Run"));
    }
}
