namespace Factbook.Generator.Naming
{
    /// <summary>Types generated once per namespace beside the content types; content may not take their names.</summary>
    internal static class SupportTypeNames
    {
        public const string PartialDate = "PartialDate";
        public const string Reader = "FactbookReader";
        public const string Table = "FactbookTable";
        public const string Map = "FactbookMap";
        public const string Yaml = "FactbookYaml";
        public const string YamlKind = "FactbookYamlKind";
    }
}
