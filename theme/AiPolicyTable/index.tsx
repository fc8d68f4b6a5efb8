import AiPolicyInline from '@theme/AiPolicyInline';
import type {Props} from '@theme/AiPolicyTable';
import type {ReactNode} from 'react';
import styles from './styles.module.css';

/**
 * A policy table with Infima's `table` styles. The first cell of each row labels the row, so it is a row
 * header; the caption names the table for screen readers and for print.
 */
export default function AiPolicyTable({table, className, cellClassName}: Props): ReactNode {
  return (
    <div className={styles.scroll}>
      <table className={`table ${styles.table}${className ? ` ${className}` : ''}`}>
        <caption className={styles.caption}>{table.caption}</caption>
        <thead>
          <tr>
            {table.columns.map((column, index) => (
              <th key={index} scope="col" style={column.align ? {textAlign: column.align} : undefined}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, rowIndex) => (
            <tr key={rowIndex}>
              {row.map((cell, columnIndex) => {
                const align = table.columns[columnIndex]?.align;
                const style = align ? {textAlign: align} : undefined;
                if (columnIndex === 0) {
                  return (
                    <th key={columnIndex} scope="row" style={style}>
                      <AiPolicyInline inlines={cell} />
                    </th>
                  );
                }
                return (
                  <td key={columnIndex} style={style} className={cellClassName?.(cell, columnIndex)}>
                    <AiPolicyInline inlines={cell} />
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
