/// <reference types="@tarojs/taro" />

declare module '*.scss';

declare namespace NodeJS {
  interface ProcessEnv {
    TARO_ENV: 'weapp' | 'h5';
    /** Origin of the API for the weapp build (e.g. https://nianbao.example.gov.cn); empty in H5 (same origin). */
    TARO_APP_API_BASE_URL?: string;
    /** WeChat subscribe-message template ids, comma separated. */
    TARO_APP_SUBSCRIBE_TEMPLATE_IDS?: string;
  }
}
