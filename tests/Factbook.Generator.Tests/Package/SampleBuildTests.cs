using System.IO;
using System.Text.RegularExpressions;

namespace Factbook.Generator.Tests.Package;

/// <summary>
/// The sample built by the real SDK from a copy of the repository: it runs on good content, and broken
/// content fails its build with FB errors at the right file and line, and with nothing else.
/// </summary>
[Trait("Category", "Slow")]
public class SampleBuildTests
{
    [Fact]
    public void SamplePrintsTheFactSheet()
    {
        using var copy = RepositoryCopy.Create();

        var (exitCode, output) = DotnetCommand.Run(copy.Root, "run", "--project", "samples/FactSheet", "--disable-build-servers");

        Assert.True(exitCode == 0, output);
        Assert.Contains("Russia forced to move air defences from Kaliningrad", output, StringComparison.Ordinal);
        Assert.Contains("- Russia has moved strategic air defence systems from Kaliningrad.\n" +
            "    chain: UK Ministry of Defence (MoD), said in \"its latest intelligence update on Sunday\" (\"on Sunday\", words only) → reported by The Independent\n" +
            "    how sure: likely\n" +
            "    based on: exceptional-air-transport-movements (evidence)\n" +
            "    excerpt: \"suggest that Russia has likely moved strategic air defence systems from its Baltic coast enclave of Kaliningrad\"", output.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("- headline: \"Russia forced to move air defences from Kaliningrad to Ukraine frontline\" (stated)", output, StringComparison.Ordinal);
        Assert.Contains("- Kaliningrad: headline-air-defences-moved;", output, StringComparison.Ordinal);
        Assert.Contains("- headline-air-defences-moved restates air-defences-forced-to-frontline (summarised in headline); drops \"likely\"", output, StringComparison.Ordinal);
        Assert.Contains("- \"Exceptional Russian air transport movements through November 2023 suggest that Russia has likely moved strategic air defence systems from its Baltic coast enclave of Kaliningrad, to backfill recent losses on the Ukraine front\" (UK Ministry of Defence (MoD), in \"its latest intelligence update on Sunday\")", output, StringComparison.Ordinal);
        Assert.Contains("- \"The fact that the Russian MoD appears willing to accept additional risk here highlights the overstretch the war has caused for some of Russia’s key, modern capabilities\" (UK Ministry of Defence (MoD))", output, StringComparison.Ordinal);
        Assert.Contains("Reviews: 23 propositions, 0 checked, 23 unchecked", output, StringComparison.Ordinal);
    }

    /// <summary>
    /// The sample's <c>--json-ld</c>: one schema.org document whose nodes fit the shapes schema.org defines for them
    /// (written below from https://schema.org/Claim, https://schema.org/ClaimReview, https://schema.org/Rating,
    /// https://schema.org/CreativeWork and https://schema.org/NewsArticle), each claim once, and a ClaimReview for each
    /// claim of a checked review, with its rating. The checked review is this test's own: the content checks none.
    /// </summary>
    [Fact]
    public void JsonLdIsOneSchemaOrgDocumentWithEachClaimOnceAndAReviewPerCheckedClaim()
    {
        using var copy = RepositoryCopy.Create();
        File.WriteAllText(copy.PathOf("content/reviews-checked.yaml"), "reviews:\n  - id: suwalki-gap-checked\n    claims: [suwalki-gap-links-belarus]\n    status: checked\n    verdict: mostly true\n    reviewer: A. Checker\n    date: 2026-01-05\n    explanation: Maps show the corridor between Belarus and Kaliningrad.\n    sources:\n      - url: https://example.org/maps/suwalki\n        accessed: 2026-01-04\n");

        var (exitCode, output) = DotnetCommand.Run(copy.Root, "run", "--project", "samples/FactSheet", "--disable-build-servers", "--", "--json-ld");

        Assert.True(exitCode == 0, output);
        var json = output.Substring(output.IndexOf('{', StringComparison.Ordinal));
        var document = System.Text.Json.Nodes.JsonNode.Parse(json)!;
        var results = Json.Schema.JsonSchema.FromText(SchemaOrgShapes).Evaluate(System.Text.Json.JsonDocument.Parse(json).RootElement, new Json.Schema.EvaluationOptions { OutputFormat = Json.Schema.OutputFormat.List });
        Assert.True(results.IsValid, string.Join("\n", results.Details?.Where(d => d.Errors is { Count: > 0 }).Select(d => d.InstanceLocation + ": " + string.Join("; ", d.Errors!.Values)) ?? []));
        var graph = document["@graph"]!.AsArray().Select(node => node!).ToList();
        var claims = graph.Where(node => (string?)node["@type"] == "Claim").Select(node => (string)node["@id"]!).ToList();
        Assert.Equal(30, claims.Count);
        Assert.Equal(claims.Count, claims.Distinct(StringComparer.Ordinal).Count());
        var review = Assert.Single(graph, node => (string?)node["@type"] == "ClaimReview");
        Assert.Equal(("#claim-suwalki-gap-links-belarus", 4, "mostly true", "2026-01-05"), ((string)review["itemReviewed"]!["@id"]!, (int)review["reviewRating"]!["ratingValue"]!, (string)review["reviewRating"]!["alternateName"]!, (string)review["datePublished"]!));
        Assert.Contains((string)review["itemReviewed"]!["@id"]!, claims);
    }

    /// <summary>
    /// "on Sunday" stays words only while the article has no publication date (its text gives none); given one (this
    /// test's own), the sample resolves it to the Sunday before and says it was resolved that way.
    /// </summary>
    [Fact]
    public void ARelativeDayIsResolvedAgainstAPublicationDateWhenOneIsGiven()
    {
        using var copy = RepositoryCopy.Create();
        copy.Edit("content/article.yaml", text => text.Replace("    text: source-article.txt\n", "    text: source-article.txt\n    published: 2023-12-04\n", StringComparison.Ordinal));

        var (exitCode, output) = DotnetCommand.Run(copy.Root, "run", "--project", "samples/FactSheet", "--disable-build-servers");

        Assert.True(exitCode == 0, output);
        Assert.Contains("said in \"its latest intelligence update on Sunday\" (2023-12-03, \"on Sunday\", resolved against the publication date 2023-12-04)", output, StringComparison.Ordinal);
        Assert.Contains("said in \"Poland said\" (\"In May\", words only)", output, StringComparison.Ordinal);
    }

    /// <summary>The shapes of the nodes the export writes, from schema.org's definitions of each type's properties.</summary>
    private const string SchemaOrgShapes = """
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "type": "object",
          "required": ["@context", "@graph"],
          "properties": {
            "@context": { "const": "https://schema.org" },
            "@graph": { "type": "array", "items": { "$ref": "#/$defs/node" } }
          },
          "$defs": {
            "date": { "type": "string", "pattern": "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$" },
            "url": { "type": "string", "pattern": "^https?://" },
            "ref": { "type": "object", "required": ["@id"], "properties": { "@id": { "type": "string" } }, "additionalProperties": false },
            "agent": {
              "type": "object", "required": ["@type", "name"],
              "properties": { "@type": { "enum": ["Organization", "Person"] }, "name": { "type": "string", "minLength": 1 } },
              "additionalProperties": false
            },
            "node": {
              "type": "object",
              "required": ["@type", "@id"],
              "oneOf": [
                {
                  "properties": {
                    "@type": { "const": "NewsArticle" }, "@id": { "type": "string" }, "headline": { "type": "string" }, "description": { "type": "string" },
                    "publisher": { "$ref": "#/$defs/agent" }, "author": { "type": "string" }, "url": { "$ref": "#/$defs/url" }, "datePublished": { "$ref": "#/$defs/date" }
                  },
                  "required": ["headline"], "additionalProperties": false
                },
                {
                  "properties": {
                    "@type": { "const": "CreativeWork" }, "@id": { "type": "string" }, "name": { "type": "string" }, "author": { "$ref": "#/$defs/agent" },
                    "url": { "$ref": "#/$defs/url" }, "datePublished": { "$ref": "#/$defs/date" }
                  },
                  "required": ["name"], "additionalProperties": false
                },
                {
                  "properties": {
                    "@type": { "const": "Claim" }, "@id": { "type": "string" }, "text": { "type": "string", "minLength": 1 }, "author": { "$ref": "#/$defs/agent" },
                    "appearance": { "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/ref" } }, "firstAppearance": { "$ref": "#/$defs/ref" }, "datePublished": { "$ref": "#/$defs/date" }
                  },
                  "required": ["text", "appearance"], "additionalProperties": false
                },
                {
                  "properties": {
                    "@type": { "const": "ClaimReview" }, "@id": { "type": "string" }, "claimReviewed": { "type": "string", "minLength": 1 }, "itemReviewed": { "$ref": "#/$defs/ref" },
                    "reviewRating": {
                      "type": "object", "required": ["@type", "alternateName"],
                      "properties": {
                        "@type": { "const": "Rating" }, "alternateName": { "type": "string" }, "ratingValue": { "type": "integer", "minimum": 1, "maximum": 5 },
                        "bestRating": { "const": 5 }, "worstRating": { "const": 1 }
                      },
                      "additionalProperties": false
                    },
                    "author": { "$ref": "#/$defs/agent" }, "datePublished": { "$ref": "#/$defs/date" }, "url": { "$ref": "#/$defs/url" }, "reviewBody": { "type": "string" }
                  },
                  "required": ["claimReviewed", "itemReviewed", "reviewRating", "author", "datePublished"], "additionalProperties": false
                }
              ]
            }
          }
        }
        """;

    [Fact]
    public void BrokenContentFailsTheBuildAtTheExactFileAndLine()
    {
        using var copy = RepositoryCopy.Create();
        var history = copy.Edit("content/history.yaml", text => text.Replace("{ date: 1946,", "{ date: [1946,"));
        var syntaxLine = LineOf(history, "[1946");
        File.Copy(copy.PathOf("content/organisations.yaml"), copy.PathOf("content/organisations-copy.yaml"));
        var claims = copy.Edit("content/claims.yaml", text => text.Replace("asserted_by: polish-government", "asserted_by: polish-goverment"));
        var referenceLine = LineOf(claims, "polish-goverment");

        var (exitCode, output) = DotnetCommand.Run(copy.Root, "build", "samples/FactSheet", "--disable-build-servers", "-nologo");

        Assert.NotEqual(0, exitCode);
        Assert.Matches(new Regex(@"content/history\.yaml\(" + syntaxLine + @",\d+\): error FB0001"), output);
        Assert.Contains("content/organisations-copy.yaml(3,9): error FB0023", output, StringComparison.Ordinal);
        Assert.Contains("content/organisations.yaml(3,9): error FB0023", output, StringComparison.Ordinal);
        Assert.Contains("content/claims.yaml(" + referenceLine + ",18): error FB0029", output, StringComparison.Ordinal);
        Assert.Contains("(did you mean 'polish-government'?)", output, StringComparison.Ordinal);
        var otherErrors = output.Split('\n').Where(line => line.Contains(": error ", StringComparison.Ordinal) && !line.Contains(": error FB", StringComparison.Ordinal));
        Assert.Empty(otherErrors);
    }

    private static int LineOf(string text, string fragment) =>
        text.Split('\n').Select((line, index) => (line, index)).First(pair => pair.line.Contains(fragment, StringComparison.Ordinal)).index + 1;
}
