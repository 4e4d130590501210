namespace Factbook.Generator.Tests.Diagnostics;

/// <summary>The same mistake made once for many entries is said once per file, with the fix.</summary>
public sealed class RepeatedProblemTests
{
    [Fact]
    public void AGroupKeyThatIsNoAllowedValueIsSaidOnceForItsGroup()
    {
        // Six entries under one group key that is no allowed value gave six identical FB0028 at the key.
        var schema = "types:\n  Tool:\n    files: tools.yml\n    layout: groups\n    group: kind\n    fields:\n      name: { type: string, optional: true }\n      kind: { type: enum, values: [hand, power] }\n";
        var tools = "hand:\n  - id: hammer\npneumatic:\n" +
            "  - id: nailer\n  - id: stapler\n  - id: riveter\n  - id: sander\n  - id: drill\n  - id: wrench\n";

        var run = GeneratorHarness.Run(new ContentFile("/p/content/tools.schema.yaml", schema), new ContentFile("/p/content/tools.yml", tools));

        var diagnostic = Assert.Single(run.FactbookDiagnostics);
        Assert.Equal(("FB0028", "/p/content/tools.yml", 3, 1), (diagnostic.Id, diagnostic.Location.GetLineSpan().Path, diagnostic.Line(), diagnostic.Column()));
        Assert.Equal("'pneumatic' is not an allowed value of 'kind'; allowed values are hand, power; until it is fixed, the 6 entries it applies to are left out of All, Count and Get, with the entries that refer to them", diagnostic.GetMessage());
    }

    [Fact]
    public void EntriesWithoutIdsInABoundListAreSaidOnceWithWhereIdsCouldComeFrom()
    {
        // 47 entries without ids gave 47 FB0021, none saying that the schema could give them ids.
        var schema = "types:\n  Advisory:\n    files: advisories.yml\n    layout: list\n    fields:\n      title: string\n      cve: string\n";
        var advisories = "- title: Same title\n  cve: CVE-2023-1\n- title: Same title\n  cve: CVE-2023-2\n- title: Other\n  cve: CVE-2023-3\n";

        var run = GeneratorHarness.Run(new ContentFile("/p/content/advisories.schema.yaml", schema), new ContentFile("/p/content/advisories.yml", advisories));

        var diagnostic = Assert.Single(run.FactbookDiagnostics);
        Assert.Equal(("FB0021", "/p/content/advisories.yml", 1, 3), (diagnostic.Id, diagnostic.Location.GetLineSpan().Path, diagnostic.Line(), diagnostic.Column()));
        Assert.Equal(
            "This Advisory entry has no 'id'; nor do 2 other entries of this file; give each an id, or say in the schema where ids come from: id: { from: position } or id: { from: field, field: cve }" +
            "; until it is fixed, the 3 entries without ids are left out of All, Count and Get, with the entries that refer to them",
            diagnostic.GetMessage());
    }

    [Fact]
    public void OneEntryWithoutAnIdIsSaidAsBefore()
    {
        var schema = "types:\n  Advisory:\n    files: advisories.yml\n    layout: list\n    fields:\n      title: string\n";

        var run = GeneratorHarness.Run(new ContentFile("/p/content/advisories.schema.yaml", schema), new ContentFile("/p/content/advisories.yml", "- title: One\n  id: one\n- title: Two\n"));

        var diagnostic = Assert.Single(run.FactbookDiagnostics);
        Assert.StartsWith("This Advisory entry has no 'id'; until it is fixed, the Advisory entry without an id is left out", diagnostic.GetMessage(), StringComparison.Ordinal);
    }
}
