import { DefaultValueConverter, GrammarAST, type CstNode, type ValueType } from 'langium';

/**
 * A name is the text as written. Some keywords make natural names (a column called `district`), and
 * in an Indonesian file a keyword token carries the English keyword as its image (kaidah-lexer.ts):
 * a column called `kabupaten` must stay `kabupaten`, not become `district`.
 */
export class KaidahValueConverter extends DefaultValueConverter {
    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        if (rule.name === 'Name') return cstNode.text;
        return super.runConverter(rule, input, cstNode);
    }
}
