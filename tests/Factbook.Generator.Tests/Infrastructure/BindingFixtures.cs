namespace Factbook.Generator.Tests.Infrastructure;

/// <summary>Where the binding tests write the schema of their type <c>Thing</c> and the file it binds, <c>things.yml</c>.</summary>
internal static class BindingFixtures
{
    public const string SchemaPath = "/project/content/things.schema.yaml";
    public const string ThingsPath = "/project/content/things.yml";
}
