import type { FormRule } from 'antd';
import { PASSWORD_MIN_LENGTH, passwordProblems } from '@panhuo/domain';

export const passwordPolicyHint = `至少 ${PASSWORD_MIN_LENGTH} 位，包含大写字母、小写字母、数字、特殊字符中的至少三类，且不能包含用户名`;

/** The same policy the server enforces, checked as the user types. */
export function passwordRule(username: string | undefined): FormRule {
  return {
    validator: (_rule, value: string | undefined) => {
      if (!value) return Promise.resolve();
      const problems = passwordProblems(value, username || undefined);
      return problems.length === 0 ? Promise.resolve() : Promise.reject(new Error(problems.join('；')));
    },
  };
}
