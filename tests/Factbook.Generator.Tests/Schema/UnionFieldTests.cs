namespace Factbook.Generator.Tests.Schema;

/// <summary>
/// A field of more than one shape, as the CNCF landscape writes <c>organization:</c>: a mapping in one item, a URL in
/// another. <c>type: [url, Organization]</c> takes the first member that fits, and its generated type is handled
/// case by case with <c>Match</c>, which does not compile unless every case is.
/// </summary>
public sealed class UnionFieldTests
{
    private const string Schema = """
        objects:
          Organization:
            fields:
              name: string
              url: { type: url, optional: true }
        types:
          Item:
            fields:
              organization: { type: [url, Organization], optional: true }
              score: [int, double, bool, string]
        """;

    private const string Items = """
        items:
          - id: volcano
            organization: { name: Volcano, url: "https://volcano.sh" }
            score: 3
          - id: updatecli
            organization: https://github.com/updatecli
            score: 2.5
          - id: plain
            score: n/a
          - id: flag
            score: true
        """;

    [Fact]
    public void EachValueTakesTheFirstMemberThatFits()
    {
        var run = GeneratorHarness.Run(
            [new ContentFile("/p/content/items.schema.yaml", Schema), new ContentFile("/p/content/items.yaml", Items)],
            """
            using Test.Content;
            public static class Probe
            {
                static string Org(ItemOrganization? organization) => organization is null ? "none" : organization.Match(url => "url " + url.Host, org => "org " + org.Name);

                static string Score(ItemScore score) => score.Kind + ":" + score.Match(@int => "i" + @int, @double => "d" + @double.ToString(System.Globalization.CultureInfo.InvariantCulture), @bool => "b" + @bool, @string => "s" + @string);

                public static string Run() =>
                    Org(Items.Volcano.Organization) + "|" + Org(Items.Updatecli.Organization) + "|" + Org(Items.Plain.Organization) + "|" +
                    Score(Items.Volcano.Score) + "|" + Score(Items.Updatecli.Score) + "|" + Score(Items.Plain.Score) + "|" + Score(Items.Flag.Score) + "|" +
                    (Items.Volcano.Organization!.Url is null) + "|" + Items.Volcano.Organization.Organization!.Url + "|" + Items.Updatecli.Score.Double;
            }
            """);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
        Assert.Equal("org Volcano|url github.com|none|Int:i3|Double:d2.5|String:sn/a|Bool:bTrue|True|https://volcano.sh/|2.5", run.Invoke("Probe", "Run"));
    }

    /// <summary>A quoted value is text to every YAML reader: it goes to a text member, not to a number or a bool; and a file's booleans: yaml1.1 holds for a union's bool.</summary>
    [Fact]
    public void QuotedValuesAreTextAndYaml11BooleansHoldInUnions()
    {
        var run = GeneratorHarness.Run(
            [
                new ContentFile("/p/content/items.schema.yaml", "booleans: yaml1.1\ntypes:\n  Item:\n    fields:\n      u: [int, bool, string]\n"),
                new ContentFile("/p/content/items.yaml", "items:\n  - id: a\n    u: \"3\"\n  - id: b\n    u: yes\n  - id: c\n    u: \"true\"\n  - id: d\n    u: 3\n"),
            ],
            "public static class Probe { public static string Run() => string.Join(\",\", System.Linq.Enumerable.Select(Test.Content.Items.All, item => item.U.Kind + \"=\" + item.U)); }");

        Assert.Empty(run.FactbookDiagnostics);
        Assert.Equal("String=3,Bool=True,String=true,Int=3", run.Invoke("Probe", "Run"));
    }

    [Fact]
    public void AValueNoMemberTakesIsFB0027WithTheMembers()
    {
        var run = GeneratorHarness.Run(
            new ContentFile("/p/content/items.schema.yaml", Schema),
            new ContentFile("/p/content/items.yaml", "items:\n  - id: a\n    organization: not a url\n    score: 1\n  - id: b\n    organization: [x]\n    score: 1\n"));

        Assert.Equal([("FB0027", 3, 19), ("FB0030", 6, 19)], run.FactbookDiagnostics.Select(d => (d.Id, d.Line(), d.Column())));
        Assert.StartsWith("The field 'organization' expects an absolute http or https URL or a mapping of its fields, but 'not a url' is not one", run.FactbookDiagnostics[0].GetMessage(), StringComparison.Ordinal);
        Assert.Contains("The field 'organization' expects an absolute http or https URL or a mapping of its fields", run.FactbookDiagnostics[1].GetMessage(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[string, url]", "could never take 'url': a value is the first member that fits, and every url value fits 'string' before it; put 'url' first")]
    [InlineData("[double, int]", "could never take 'int'")]
    [InlineData("[long, int]", "could never take 'int'")]
    [InlineData("[url, Nothing]", "has 'Nothing' among its types: a union takes built-in kinds and at most one object declared under 'objects'")]
    [InlineData("[url]", "a union needs two or more different ones")]
    [InlineData("[url, url]", "could never take 'url'")]
    [InlineData("[url, MemberwiseClone]", "has the type 'MemberwiseClone', whose name its union type has already")]
    [InlineData("[Organization, Organization2]", "has two objects among its types, 'Organization' and 'Organization2'")]
    [InlineData("[url, Url]", "has the types 'url' and 'Url', which would both be the case 'Url'; rename the object")]
    public void UnionsWhoseMembersOverlapOrCannotBeAreFB0010(string type, string message)
    {
        var objects = "objects:\n  Organization2:\n    fields:\n      name: string\n  Url:\n    fields:\n      href: url\n  MemberwiseClone:\n    fields:\n      name: string\n";
        var run = GeneratorHarness.Run(new ContentFile("/p/content/items.schema.yaml", objects + Schema.Replace("objects:\n", string.Empty, StringComparison.Ordinal).Replace("[int, double, bool, string]", type, StringComparison.Ordinal)));

        var diagnostic = Assert.Single(run.FactbookDiagnostics);
        Assert.Equal("FB0010", diagnostic.Id);
        Assert.Contains(message, diagnostic.GetMessage(), StringComparison.Ordinal);
    }
}
