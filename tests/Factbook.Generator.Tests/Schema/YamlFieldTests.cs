using System.IO;
using YamlDotNet.RepresentationModel;

namespace Factbook.Generator.Tests.Schema;

/// <summary>
/// <c>type: yaml</c> keeps a value whose shape is not the schema's concern as a small read-only tree, in the shape
/// of the CNCF landscape's items: <c>extra:</c> holds anything, and <c>organization</c> is a mapping in one item and a
/// URL in another. Every node reads back as YamlDotNet's representation model reads the file.
/// </summary>
public sealed class YamlFieldTests
{
    private const string Schema = """
        types:
          Item:
            fields:
              name: string
              organization: { type: yaml, optional: true }
              extra: { type: yaml, optional: true }
              tags: { type: "yaml[]", optional: true }
        """;

    private const string Items = """
        items:
          - id: volcano
            name: Volcano
            organization: { name: Volcano, url: "https://volcano.sh" }
            extra:
              audits:
                - { date: 2023-01-01, type: security, url: "https://example.org/a" }
              accepted: "2020-04-09"
              incubating: yes
              "odd: key": [1, ~, "", "é 🎉"]
              nothing:
            tags: [batch, { kind: hpc }, ~]
          - id: updatecli
            name: Updatecli
            organization: https://github.com/updatecli
        """;

    [Fact]
    public void EveryNodeReadsBackAsWritten()
    {
        var run = GeneratorHarness.Run(
            [new ContentFile("/p/content/items.schema.yaml", Schema), new ContentFile("/p/content/items.yaml", Items)],
            """
            using Test.Content;
            public static class Probe
            {
                public static string Dump(FactbookYaml? node) => node is null ? "absent" : node.Kind switch
                {
                    FactbookYamlKind.Text => "'" + node.Text + "'",
                    FactbookYamlKind.List => "[" + string.Join(",", System.Linq.Enumerable.Select(node.Items, Dump)) + "]",
                    FactbookYamlKind.Mapping => "{" + string.Join(",", System.Linq.Enumerable.Select(node.Entries, pair => pair.Key + ":" + Dump(pair.Value))) + "}",
                    _ => "null",
                };

                public static string Run() => Dump(Items.Volcano.Organization) + "|" + Dump(Items.Volcano.Extra) + "|" + string.Join(",", System.Linq.Enumerable.Select(Items.Volcano.Tags, Dump)) + "|" +
                    Dump(Items.Updatecli.Organization) + "|" + Dump(Items.Updatecli.Extra) + "|" + Items.Volcano.Extra!["audits"]!.Items[0]["type"] + "|" + (Items.Volcano.Extra["missing"] is null);
            }
            """);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
        var stream = new YamlStream();
        stream.Load(new StringReader(Items));
        var items = (YamlSequenceNode)((YamlMappingNode)stream.Documents[0].RootNode).Children[new YamlScalarNode("items")];
        var volcano = (YamlMappingNode)items[0];
        var updatecli = (YamlMappingNode)items[1];
        var expected = Dump(volcano["organization"]) + "|" + Dump(volcano["extra"]) + "|" + string.Join(",", ((YamlSequenceNode)volcano["tags"]).Select(Dump)) + "|" +
            Dump(updatecli["organization"]) + "|absent|security|True";
        Assert.Equal(expected, run.Invoke("Probe", "Run"));
    }

    [Fact]
    public void AYamlFieldCannotHaveADefaultOrAnIndex()
    {
        var run = GeneratorHarness.Run(new ContentFile("/p/content/items.schema.yaml", "types:\n  Item:\n    fields:\n      a: { type: yaml, default: x }\n      b: { type: yaml, index: true }\n"));

        Assert.Equal(["FB0017", "FB0010"], run.FactbookDiagnostics.Select(d => d.Id));
    }

    /// <summary>YamlDotNet's representation model, written as the probe writes the generated tree: plain YAML 1.2 text for every scalar.</summary>
    private static string Dump(YamlNode node) => node switch
    {
        YamlScalarNode { Value: null or "~" or "null" or "" } scalar when scalar.Style == YamlDotNet.Core.ScalarStyle.Plain => "null",
        YamlScalarNode scalar => "'" + scalar.Value + "'",
        YamlSequenceNode sequence => "[" + string.Join(",", sequence.Select(Dump)) + "]",
        YamlMappingNode mapping => "{" + string.Join(",", mapping.Children.Select(pair => ((YamlScalarNode)pair.Key).Value + ":" + Dump(pair.Value))) + "}",
        _ => "?",
    };
}
