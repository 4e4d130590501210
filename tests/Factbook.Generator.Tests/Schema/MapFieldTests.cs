using YamlDotNet.Serialization;

namespace Factbook.Generator.Tests.Schema;

/// <summary>
/// Map fields, in the shape of a GitHub Actions workflow: <c>jobs:</c> is a map of job names to jobs, and each job's
/// <c>env:</c> a map of names to text. <c>map&lt;X&gt;</c> gives <c>IReadOnlyDictionary&lt;string, X&gt;</c> in the file's order.
/// </summary>
public sealed class MapFieldTests
{
    private const string Schema = """
        types:
          Workflow:
            files: "workflows/*.yml"
            layout: record
            fields:
              name: string
              env: { type: "map<string>", optional: true }
              jobs:
                type: "map<object>"
                fields:
                  runs-on: { type: string, index: true }
                  needs: { type: "string[]", optional: true }
                  timeout-minutes: { type: int, optional: true }
                  env: { type: "map<string>", optional: true }
                  permissions: { type: "map<enum>", values: [read, write, none], optional: true }
        """;

    private const string Ci = """
        name: CI
        env:
          DOTNET_NOLOGO: "1"
          "CONFIG: \"x\"": "a\nb"
        jobs:
          test:
            runs-on: ubuntu-latest
            timeout-minutes: 30
            env: { Z_LAST: z, A_FIRST: a }
          pack:
            runs-on: windows-latest
            needs: [test]
            permissions: { contents: read, packages: write }
        """;

    private static GeneratorRun Run(string workflow, string probe = "") => GeneratorHarness.Run(
        [new ContentFile("/p/content/ci.schema.yaml", Schema), new ContentFile("/p/content/workflows/ci.yml", workflow)],
        probe);

    [Fact]
    public void MapsReadInTheFilesOrderAsYamlDotNetReadsThem()
    {
        var run = Run(Ci, """
            using System.Linq;
            using Test.Content;
            public static class Probe
            {
                public static string Run()
                {
                    var ci = Workflows.Ci;
                    return string.Join(";", ci.Env.Select(pair => pair.Key + "=" + pair.Value)) + "|" +
                        string.Join(",", ci.Jobs.Keys) + "|" + ci.Jobs["test"].RunsOn + "|" + ci.Jobs["test"].TimeoutMinutes + "|" +
                        string.Join(",", ci.Jobs["test"].Env.Keys) + "|" + ci.Jobs["pack"].Needs[0] + "|" + ci.Jobs["pack"].Env.Count + "|" +
                        ci.Jobs["pack"].Permissions["packages"] + "|" + ci.Jobs.ContainsKey("deploy") + "|" + ci.Jobs.TryGetValue("deploy", out _) + "|" +
                        Workflows.ByJobsRunsOn("windows-latest").Count + Workflows.ByJobsRunsOn("macos-latest").Count;
                }
            }
            """);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
        var expected = new DeserializerBuilder().Build().Deserialize<Dictionary<string, object>>(Ci);
        var env = (Dictionary<object, object>)expected["env"];
        Assert.Equal(
            string.Join(";", env.Select(pair => pair.Key + "=" + pair.Value)) + "|test,pack|ubuntu-latest|30|Z_LAST,A_FIRST|test|0|Write|False|False|10",
            run.Invoke("Probe", "Run"));
    }

    [Theory]
    [InlineData("jobs: [test]\n", 2, 7, "FB0030", "The field 'jobs' expects a mapping of names to values")]
    [InlineData("jobs:\n  test: { runs-on: [a] }\n", 3, 20, "FB0030", "The field 'runs-on' expects text")]
    [InlineData("jobs:\n  test: { runs-on: x, permissions: { contents: admin } }\n", 3, 48, "FB0028", "'admin' is not an allowed value of 'permissions'")]
    public void AWrongValueInAMapIsReportedAtIt(string jobs, int line, int column, string id, string message)
    {
        var run = Run("name: CI\n" + jobs);

        var diagnostic = Assert.Single(run.FactbookDiagnostics);
        Assert.Equal((id, line, column), (diagnostic.Id, diagnostic.Line(), diagnostic.Column()));
        Assert.StartsWith(message, diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("jobs: \"map<string>[]\"", "a map's values are single values")]
    [InlineData("jobs: \"map<string[]>\"", "a map's values are single values")]
    [InlineData("jobs: \"map<Workflow>\"", "is a map of Workflow references, which is not supported")]
    [InlineData("jobs: { type: \"map<int>\", index: true }", "only applies to fields of a built-in kind or an enum")]
    public void MapsThatCannotBeAreFB0010(string field, string message)
    {
        var run = GeneratorHarness.Run(new ContentFile("/p/content/ci.schema.yaml", "types:\n  Workflow:\n    fields:\n      " + field + "\n"));

        var diagnostic = Assert.Single(run.FactbookDiagnostics);
        Assert.Equal("FB0010", diagnostic.Id);
        Assert.Contains(message, diagnostic.GetMessage(), StringComparison.Ordinal);
    }
}
