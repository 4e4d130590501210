namespace Factbook.Generator.Emit
{
    /// <summary>The C# types of a field: its element, its property, and how it is stored.</summary>
    internal static class FieldTypes
    {
        public const string ReadOnlyList = "global::System.Collections.Generic.IReadOnlyList";

        public const string ReadOnlyMap = "global::System.Collections.Generic.IReadOnlyDictionary<string, ";

        public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

        public static string ElementType(FieldSpec field, EmitContext context) => field.Kind switch
        {
            FieldKind.Scalar => field.Scalar!.CSharpType(context),
            FieldKind.Yaml => context.Global(SupportTypeNames.Yaml),
            _ => context.Global(field.TypeName),
        };

        public static string PropertyType(FieldSpec field, EmitContext context)
        {
            var element = ElementType(field, context);
            if (field.IsList)
            {
                return ReadOnlyList + "<" + element + ">";
            }

            if (field.IsMap)
            {
                return ReadOnlyMap + element + ">";
            }

            return field.IsNullable ? element + "?" : element;
        }

        /// <summary>How a field is passed to the constructor: references as ids, lists as arrays.</summary>
        public static string StorageType(FieldSpec field, EmitContext context)
        {
            var element = field.Kind == FieldKind.Reference ? context.Global(field.TargetIdEnum) : ElementType(field, context);
            if (field.IsList)
            {
                return element + "[]";
            }

            if (field.IsMap)
            {
                return ReadOnlyMap + element + ">";
            }

            return field.IsNullable ? element + "?" : element;
        }
    }
}
